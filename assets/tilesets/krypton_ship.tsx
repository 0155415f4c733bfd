<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="krypton_ship" tilewidth="16" tileheight="16" tilecount="108" columns="18">
 <image source="krypton_ship.png" width="288" height="96"/>
 <tile id="0">
  <properties>
   <property name="name" value="krypton_ship_r0c0"/>
  </properties>
  <animation>
   <frame tileid="0" duration="800"/>
   <frame tileid="9" duration="800"/>
  </animation>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="krypton_ship_r0c1"/>
  </properties>
  <animation>
   <frame tileid="1" duration="800"/>
   <frame tileid="10" duration="800"/>
  </animation>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="krypton_ship_r0c2"/>
  </properties>
  <animation>
   <frame tileid="2" duration="800"/>
   <frame tileid="11" duration="800"/>
  </animation>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="krypton_ship_r0c3"/>
  </properties>
  <animation>
   <frame tileid="3" duration="800"/>
   <frame tileid="12" duration="800"/>
  </animation>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="krypton_ship_r0c4"/>
  </properties>
  <animation>
   <frame tileid="4" duration="800"/>
   <frame tileid="13" duration="800"/>
  </animation>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="krypton_ship_r0c5"/>
  </properties>
  <animation>
   <frame tileid="5" duration="800"/>
   <frame tileid="14" duration="800"/>
  </animation>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="krypton_ship_r0c6"/>
  </properties>
  <animation>
   <frame tileid="6" duration="800"/>
   <frame tileid="15" duration="800"/>
  </animation>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="krypton_ship_r0c7"/>
  </properties>
  <animation>
   <frame tileid="7" duration="800"/>
   <frame tileid="16" duration="800"/>
  </animation>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="krypton_ship_r0c8"/>
  </properties>
  <animation>
   <frame tileid="8" duration="800"/>
   <frame tileid="17" duration="800"/>
  </animation>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="krypton_ship_r0c0_f2"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="name" value="krypton_ship_r0c1_f2"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="name" value="krypton_ship_r0c2_f2"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="name" value="krypton_ship_r0c3_f2"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="name" value="krypton_ship_r0c4_f2"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="name" value="krypton_ship_r0c5_f2"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="name" value="krypton_ship_r0c6_f2"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="name" value="krypton_ship_r0c7_f2"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="name" value="krypton_ship_r0c8_f2"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="name" value="krypton_ship_r1c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="18" duration="800"/>
   <frame tileid="27" duration="800"/>
  </animation>
 </tile>
 <tile id="19">
  <properties>
   <property name="name" value="krypton_ship_r1c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="19" duration="800"/>
   <frame tileid="28" duration="800"/>
  </animation>
 </tile>
 <tile id="20">
  <properties>
   <property name="name" value="krypton_ship_r1c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="20" duration="800"/>
   <frame tileid="29" duration="800"/>
  </animation>
 </tile>
 <tile id="21">
  <properties>
   <property name="name" value="krypton_ship_r1c3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="21" duration="800"/>
   <frame tileid="30" duration="800"/>
  </animation>
 </tile>
 <tile id="22">
  <properties>
   <property name="name" value="krypton_ship_r1c4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="22" duration="800"/>
   <frame tileid="31" duration="800"/>
  </animation>
 </tile>
 <tile id="23">
  <properties>
   <property name="name" value="krypton_ship_r1c5"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="23" duration="800"/>
   <frame tileid="32" duration="800"/>
  </animation>
 </tile>
 <tile id="24">
  <properties>
   <property name="name" value="krypton_ship_r1c6"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="24" duration="800"/>
   <frame tileid="33" duration="800"/>
  </animation>
 </tile>
 <tile id="25">
  <properties>
   <property name="name" value="krypton_ship_r1c7"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="25" duration="800"/>
   <frame tileid="34" duration="800"/>
  </animation>
 </tile>
 <tile id="26">
  <properties>
   <property name="name" value="krypton_ship_r1c8"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="26" duration="800"/>
   <frame tileid="35" duration="800"/>
  </animation>
 </tile>
 <tile id="27">
  <properties>
   <property name="name" value="krypton_ship_r1c0_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="28">
  <properties>
   <property name="name" value="krypton_ship_r1c1_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="29">
  <properties>
   <property name="name" value="krypton_ship_r1c2_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="30">
  <properties>
   <property name="name" value="krypton_ship_r1c3_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="31">
  <properties>
   <property name="name" value="krypton_ship_r1c4_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="name" value="krypton_ship_r1c5_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="name" value="krypton_ship_r1c6_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="name" value="krypton_ship_r1c7_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="name" value="krypton_ship_r1c8_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="name" value="krypton_ship_r2c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="36" duration="800"/>
   <frame tileid="45" duration="800"/>
  </animation>
 </tile>
 <tile id="37">
  <properties>
   <property name="name" value="krypton_ship_r2c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="37" duration="800"/>
   <frame tileid="46" duration="800"/>
  </animation>
 </tile>
 <tile id="38">
  <properties>
   <property name="name" value="krypton_ship_r2c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="38" duration="800"/>
   <frame tileid="47" duration="800"/>
  </animation>
 </tile>
 <tile id="39">
  <properties>
   <property name="name" value="krypton_ship_r2c3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="39" duration="800"/>
   <frame tileid="48" duration="800"/>
  </animation>
 </tile>
 <tile id="40">
  <properties>
   <property name="name" value="krypton_ship_r2c4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="40" duration="800"/>
   <frame tileid="49" duration="800"/>
  </animation>
 </tile>
 <tile id="41">
  <properties>
   <property name="name" value="krypton_ship_r2c5"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="41" duration="800"/>
   <frame tileid="50" duration="800"/>
  </animation>
 </tile>
 <tile id="42">
  <properties>
   <property name="name" value="krypton_ship_r2c6"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="42" duration="800"/>
   <frame tileid="51" duration="800"/>
  </animation>
 </tile>
 <tile id="43">
  <properties>
   <property name="name" value="krypton_ship_r2c7"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="43" duration="800"/>
   <frame tileid="52" duration="800"/>
  </animation>
 </tile>
 <tile id="44">
  <properties>
   <property name="name" value="krypton_ship_r2c8"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="44" duration="800"/>
   <frame tileid="53" duration="800"/>
  </animation>
 </tile>
 <tile id="45">
  <properties>
   <property name="name" value="krypton_ship_r2c0_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="46">
  <properties>
   <property name="name" value="krypton_ship_r2c1_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="47">
  <properties>
   <property name="name" value="krypton_ship_r2c2_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="48">
  <properties>
   <property name="name" value="krypton_ship_r2c3_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="49">
  <properties>
   <property name="name" value="krypton_ship_r2c4_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="50">
  <properties>
   <property name="name" value="krypton_ship_r2c5_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="51">
  <properties>
   <property name="name" value="krypton_ship_r2c6_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="52">
  <properties>
   <property name="name" value="krypton_ship_r2c7_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="53">
  <properties>
   <property name="name" value="krypton_ship_r2c8_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="54">
  <properties>
   <property name="name" value="krypton_ship_r3c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="54" duration="800"/>
   <frame tileid="63" duration="800"/>
  </animation>
 </tile>
 <tile id="55">
  <properties>
   <property name="name" value="krypton_ship_r3c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="55" duration="800"/>
   <frame tileid="64" duration="800"/>
  </animation>
 </tile>
 <tile id="56">
  <properties>
   <property name="name" value="krypton_ship_r3c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="56" duration="800"/>
   <frame tileid="65" duration="800"/>
  </animation>
 </tile>
 <tile id="57">
  <properties>
   <property name="name" value="krypton_ship_r3c3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="57" duration="800"/>
   <frame tileid="66" duration="800"/>
  </animation>
 </tile>
 <tile id="58">
  <properties>
   <property name="name" value="krypton_ship_r3c4"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="12,sky"/>
  </properties>
  <animation>
   <frame tileid="58" duration="800"/>
   <frame tileid="67" duration="800"/>
  </animation>
 </tile>
 <tile id="59">
  <properties>
   <property name="name" value="krypton_ship_r3c5"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="59" duration="800"/>
   <frame tileid="68" duration="800"/>
  </animation>
 </tile>
 <tile id="60">
  <properties>
   <property name="name" value="krypton_ship_r3c6"/>
  </properties>
  <animation>
   <frame tileid="60" duration="800"/>
   <frame tileid="69" duration="800"/>
  </animation>
 </tile>
 <tile id="61">
  <properties>
   <property name="name" value="krypton_ship_r3c7"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="61" duration="800"/>
   <frame tileid="70" duration="800"/>
  </animation>
 </tile>
 <tile id="62">
  <properties>
   <property name="name" value="krypton_ship_r3c8"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="62" duration="800"/>
   <frame tileid="71" duration="800"/>
  </animation>
 </tile>
 <tile id="63">
  <properties>
   <property name="name" value="krypton_ship_r3c0_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="64">
  <properties>
   <property name="name" value="krypton_ship_r3c1_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="65">
  <properties>
   <property name="name" value="krypton_ship_r3c2_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="66">
  <properties>
   <property name="name" value="krypton_ship_r3c3_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="67">
  <properties>
   <property name="name" value="krypton_ship_r3c4_f2"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="12,sky"/>
  </properties>
 </tile>
 <tile id="68">
  <properties>
   <property name="name" value="krypton_ship_r3c5_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="69">
  <properties>
   <property name="name" value="krypton_ship_r3c6_f2"/>
  </properties>
 </tile>
 <tile id="70">
  <properties>
   <property name="name" value="krypton_ship_r3c7_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="71">
  <properties>
   <property name="name" value="krypton_ship_r3c8_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="72">
  <properties>
   <property name="name" value="krypton_ship_r4c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="72" duration="800"/>
   <frame tileid="81" duration="800"/>
  </animation>
 </tile>
 <tile id="73">
  <properties>
   <property name="name" value="krypton_ship_r4c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="73" duration="800"/>
   <frame tileid="82" duration="800"/>
  </animation>
 </tile>
 <tile id="74">
  <properties>
   <property name="name" value="krypton_ship_r4c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="74" duration="800"/>
   <frame tileid="83" duration="800"/>
  </animation>
 </tile>
 <tile id="75">
  <properties>
   <property name="name" value="krypton_ship_r4c3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="75" duration="800"/>
   <frame tileid="84" duration="800"/>
  </animation>
 </tile>
 <tile id="76">
  <properties>
   <property name="name" value="krypton_ship_r4c4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="76" duration="800"/>
   <frame tileid="85" duration="800"/>
  </animation>
 </tile>
 <tile id="77">
  <properties>
   <property name="name" value="krypton_ship_r4c5"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="77" duration="800"/>
   <frame tileid="86" duration="800"/>
  </animation>
 </tile>
 <tile id="78">
  <properties>
   <property name="name" value="krypton_ship_r4c6"/>
   <property name="light" value="26,glow"/>
  </properties>
  <animation>
   <frame tileid="78" duration="800"/>
   <frame tileid="87" duration="800"/>
  </animation>
 </tile>
 <tile id="79">
  <properties>
   <property name="name" value="krypton_ship_r4c7"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="79" duration="800"/>
   <frame tileid="88" duration="800"/>
  </animation>
 </tile>
 <tile id="80">
  <properties>
   <property name="name" value="krypton_ship_r4c8"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="80" duration="800"/>
   <frame tileid="89" duration="800"/>
  </animation>
 </tile>
 <tile id="81">
  <properties>
   <property name="name" value="krypton_ship_r4c0_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="82">
  <properties>
   <property name="name" value="krypton_ship_r4c1_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="83">
  <properties>
   <property name="name" value="krypton_ship_r4c2_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="84">
  <properties>
   <property name="name" value="krypton_ship_r4c3_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="85">
  <properties>
   <property name="name" value="krypton_ship_r4c4_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="86">
  <properties>
   <property name="name" value="krypton_ship_r4c5_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="87">
  <properties>
   <property name="name" value="krypton_ship_r4c6_f2"/>
   <property name="light" value="26,glow"/>
  </properties>
 </tile>
 <tile id="88">
  <properties>
   <property name="name" value="krypton_ship_r4c7_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="89">
  <properties>
   <property name="name" value="krypton_ship_r4c8_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="90">
  <properties>
   <property name="name" value="krypton_ship_r5c0"/>
  </properties>
  <animation>
   <frame tileid="90" duration="800"/>
   <frame tileid="99" duration="800"/>
  </animation>
 </tile>
 <tile id="91">
  <properties>
   <property name="name" value="krypton_ship_r5c1"/>
  </properties>
  <animation>
   <frame tileid="91" duration="800"/>
   <frame tileid="100" duration="800"/>
  </animation>
 </tile>
 <tile id="92">
  <properties>
   <property name="name" value="krypton_ship_r5c2"/>
  </properties>
  <animation>
   <frame tileid="92" duration="800"/>
   <frame tileid="101" duration="800"/>
  </animation>
 </tile>
 <tile id="93">
  <properties>
   <property name="name" value="krypton_ship_r5c3"/>
  </properties>
  <animation>
   <frame tileid="93" duration="800"/>
   <frame tileid="102" duration="800"/>
  </animation>
 </tile>
 <tile id="94">
  <properties>
   <property name="name" value="krypton_ship_r5c4"/>
  </properties>
  <animation>
   <frame tileid="94" duration="800"/>
   <frame tileid="103" duration="800"/>
  </animation>
 </tile>
 <tile id="95">
  <properties>
   <property name="name" value="krypton_ship_r5c5"/>
  </properties>
  <animation>
   <frame tileid="95" duration="800"/>
   <frame tileid="104" duration="800"/>
  </animation>
 </tile>
 <tile id="96">
  <properties>
   <property name="name" value="krypton_ship_r5c6"/>
  </properties>
  <animation>
   <frame tileid="96" duration="800"/>
   <frame tileid="105" duration="800"/>
  </animation>
 </tile>
 <tile id="97">
  <properties>
   <property name="name" value="krypton_ship_r5c7"/>
  </properties>
  <animation>
   <frame tileid="97" duration="800"/>
   <frame tileid="106" duration="800"/>
  </animation>
 </tile>
 <tile id="98">
  <properties>
   <property name="name" value="krypton_ship_r5c8"/>
  </properties>
  <animation>
   <frame tileid="98" duration="800"/>
   <frame tileid="107" duration="800"/>
  </animation>
 </tile>
 <tile id="99">
  <properties>
   <property name="name" value="krypton_ship_r5c0_f2"/>
  </properties>
 </tile>
 <tile id="100">
  <properties>
   <property name="name" value="krypton_ship_r5c1_f2"/>
  </properties>
 </tile>
 <tile id="101">
  <properties>
   <property name="name" value="krypton_ship_r5c2_f2"/>
  </properties>
 </tile>
 <tile id="102">
  <properties>
   <property name="name" value="krypton_ship_r5c3_f2"/>
  </properties>
 </tile>
 <tile id="103">
  <properties>
   <property name="name" value="krypton_ship_r5c4_f2"/>
  </properties>
 </tile>
 <tile id="104">
  <properties>
   <property name="name" value="krypton_ship_r5c5_f2"/>
  </properties>
 </tile>
 <tile id="105">
  <properties>
   <property name="name" value="krypton_ship_r5c6_f2"/>
  </properties>
 </tile>
 <tile id="106">
  <properties>
   <property name="name" value="krypton_ship_r5c7_f2"/>
  </properties>
 </tile>
 <tile id="107">
  <properties>
   <property name="name" value="krypton_ship_r5c8_f2"/>
  </properties>
 </tile>
</tileset>
