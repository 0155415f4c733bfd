<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="balcony" tilewidth="16" tileheight="16" tilecount="96" columns="16">
 <image source="balcony.png" width="256" height="96"/>
 <tile id="0">
  <properties>
   <property name="name" value="floor_1"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="floor_2"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="floor_3"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="floor_inlay_red"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="floor_inlay_blue"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="ledge"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="railing_h"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="railing_post"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="railing_v"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="railing_corner_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="name" value="railing_corner_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="name" value="plant_pot"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="name" value="chair_down"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="name" value="chair_up"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="name" value="chair_left"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="name" value="chair_right"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="name" value="plant_tall_r0c0"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="name" value="dinner_table_r0c0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="32,gold"/>
  </properties>
  <animation>
   <frame tileid="17" duration="180"/>
   <frame tileid="19" duration="180"/>
   <frame tileid="21" duration="180"/>
  </animation>
 </tile>
 <tile id="18">
  <properties>
   <property name="name" value="dinner_table_r0c1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="32,gold"/>
  </properties>
  <animation>
   <frame tileid="18" duration="180"/>
   <frame tileid="20" duration="180"/>
   <frame tileid="22" duration="180"/>
  </animation>
 </tile>
 <tile id="19">
  <properties>
   <property name="name" value="dinner_table_r0c0_f2"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="32,gold"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="name" value="dinner_table_r0c1_f2"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="32,gold"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="name" value="dinner_table_r0c0_f3"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="32,gold"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="name" value="dinner_table_r0c1_f3"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="32,gold"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="name" value="firefly_box_closed"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="name" value="firefly_box_open"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="32,pale_gold"/>
  </properties>
  <animation>
   <frame tileid="24" duration="200"/>
   <frame tileid="25" duration="200"/>
   <frame tileid="26" duration="200"/>
  </animation>
 </tile>
 <tile id="25">
  <properties>
   <property name="name" value="firefly_box_open_f2"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="32,pale_gold"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="name" value="firefly_box_open_f3"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="32,pale_gold"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="name" value="plant_tall_r1c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="name" value="dinner_table_r1c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="33" duration="180"/>
   <frame tileid="35" duration="180"/>
   <frame tileid="37" duration="180"/>
  </animation>
 </tile>
 <tile id="34">
  <properties>
   <property name="name" value="dinner_table_r1c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="34" duration="180"/>
   <frame tileid="36" duration="180"/>
   <frame tileid="38" duration="180"/>
  </animation>
 </tile>
 <tile id="35">
  <properties>
   <property name="name" value="dinner_table_r1c0_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="name" value="dinner_table_r1c1_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="name" value="dinner_table_r1c0_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="name" value="dinner_table_r1c1_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="48">
  <properties>
   <property name="name" value="wall_top"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="49">
  <properties>
   <property name="name" value="wall_window_r0c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="50">
  <properties>
   <property name="name" value="wall_sconce_r0c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="50" duration="160"/>
   <frame tileid="51" duration="160"/>
   <frame tileid="52" duration="160"/>
  </animation>
 </tile>
 <tile id="51">
  <properties>
   <property name="name" value="wall_sconce_r0c0_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="52">
  <properties>
   <property name="name" value="wall_sconce_r0c0_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="53">
  <properties>
   <property name="name" value="doorway_r0c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="54">
  <properties>
   <property name="name" value="doorway_r0c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="64">
  <properties>
   <property name="name" value="wall_face"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="65">
  <properties>
   <property name="name" value="wall_window_r1c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="66">
  <properties>
   <property name="name" value="wall_sconce_r1c0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="40,orange"/>
  </properties>
  <animation>
   <frame tileid="66" duration="160"/>
   <frame tileid="67" duration="160"/>
   <frame tileid="68" duration="160"/>
  </animation>
 </tile>
 <tile id="67">
  <properties>
   <property name="name" value="wall_sconce_r1c0_f2"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="40,orange"/>
  </properties>
 </tile>
 <tile id="68">
  <properties>
   <property name="name" value="wall_sconce_r1c0_f3"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="40,orange"/>
  </properties>
 </tile>
 <tile id="69">
  <properties>
   <property name="name" value="doorway_r1c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="70">
  <properties>
   <property name="name" value="doorway_r1c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="80">
  <properties>
   <property name="name" value="wall_base"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="81">
  <properties>
   <property name="name" value="wall_window_r2c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="82">
  <properties>
   <property name="name" value="wall_sconce_r2c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="82" duration="160"/>
   <frame tileid="83" duration="160"/>
   <frame tileid="84" duration="160"/>
  </animation>
 </tile>
 <tile id="83">
  <properties>
   <property name="name" value="wall_sconce_r2c0_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="84">
  <properties>
   <property name="name" value="wall_sconce_r2c0_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="85">
  <properties>
   <property name="name" value="doorway_r2c0"/>
  </properties>
 </tile>
 <tile id="86">
  <properties>
   <property name="name" value="doorway_r2c1"/>
  </properties>
 </tile>
</tileset>
