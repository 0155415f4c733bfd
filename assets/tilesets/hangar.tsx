<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="hangar" tilewidth="16" tileheight="16" tilecount="80" columns="16">
 <image source="hangar.png" width="256" height="80"/>
 <tile id="0">
  <properties>
   <property name="name" value="plate_1"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="plate_2"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="plate_3"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="hazard_full"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="hazard_n"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="hazard_s"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="hazard_w"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="hazard_e"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="tarmac"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="tarmac_line"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="name" value="tarmac_edge"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="name" value="edge_light"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="24,red_light"/>
  </properties>
  <animation>
   <frame tileid="11" duration="400"/>
   <frame tileid="12" duration="400"/>
   <frame tileid="13" duration="400"/>
  </animation>
 </tile>
 <tile id="12">
  <properties>
   <property name="name" value="edge_light_f2"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="24,red_light"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="name" value="edge_light_f3"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="24,red_light"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="name" value="drop_1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="name" value="drop_2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="name" value="hull_top"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="name" value="hull_upper"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="name" value="hull_lamp"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="20,blue_light"/>
  </properties>
  <animation>
   <frame tileid="20" duration="500"/>
   <frame tileid="21" duration="500"/>
   <frame tileid="22" duration="500"/>
  </animation>
 </tile>
 <tile id="21">
  <properties>
   <property name="name" value="hull_lamp_f2"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="20,blue_light"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="name" value="hull_lamp_f3"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="20,blue_light"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="name" value="hull_lower"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="name" value="scanner_panel"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="20,glow"/>
  </properties>
  <animation>
   <frame tileid="24" duration="300"/>
   <frame tileid="25" duration="300"/>
   <frame tileid="26" duration="300"/>
  </animation>
 </tile>
 <tile id="25">
  <properties>
   <property name="name" value="scanner_panel_f2"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="20,glow"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="name" value="scanner_panel_f3"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="20,glow"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="name" value="cart"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="28">
  <properties>
   <property name="name" value="tank"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="16,sky"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="name" value="pad_r0c0"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="name" value="pad_r0c1"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="name" value="scanner_door_r0c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="name" value="scanner_door_r0c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="name" value="scanner_open_r0c0"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="name" value="scanner_open_r0c1"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="name" value="blast_door_r0c0"/>
  </properties>
 </tile>
 <tile id="39">
  <properties>
   <property name="name" value="blast_door_r0c1"/>
  </properties>
 </tile>
 <tile id="40">
  <properties>
   <property name="name" value="pod_r0c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="41">
  <properties>
   <property name="name" value="pod_r0c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="42">
  <properties>
   <property name="name" value="jet_r0c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="43">
  <properties>
   <property name="name" value="jet_r0c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="44">
  <properties>
   <property name="name" value="jet_r0c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="48">
  <properties>
   <property name="name" value="pad_r1c0"/>
  </properties>
 </tile>
 <tile id="49">
  <properties>
   <property name="name" value="pad_r1c1"/>
  </properties>
 </tile>
 <tile id="50">
  <properties>
   <property name="name" value="scanner_door_r1c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="51">
  <properties>
   <property name="name" value="scanner_door_r1c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="52">
  <properties>
   <property name="name" value="scanner_open_r1c0"/>
  </properties>
 </tile>
 <tile id="53">
  <properties>
   <property name="name" value="scanner_open_r1c1"/>
  </properties>
 </tile>
 <tile id="54">
  <properties>
   <property name="name" value="blast_door_r1c0"/>
  </properties>
 </tile>
 <tile id="55">
  <properties>
   <property name="name" value="blast_door_r1c1"/>
  </properties>
 </tile>
 <tile id="56">
  <properties>
   <property name="name" value="pod_r1c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="57">
  <properties>
   <property name="name" value="pod_r1c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="58">
  <properties>
   <property name="name" value="jet_r1c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="59">
  <properties>
   <property name="name" value="jet_r1c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="60">
  <properties>
   <property name="name" value="jet_r1c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="66">
  <properties>
   <property name="name" value="scanner_door_r2c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="67">
  <properties>
   <property name="name" value="scanner_door_r2c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="68">
  <properties>
   <property name="name" value="scanner_open_r2c0"/>
  </properties>
 </tile>
 <tile id="69">
  <properties>
   <property name="name" value="scanner_open_r2c1"/>
  </properties>
 </tile>
 <tile id="74">
  <properties>
   <property name="name" value="jet_r2c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="75">
  <properties>
   <property name="name" value="jet_r2c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="76">
  <properties>
   <property name="name" value="jet_r2c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
</tileset>
