<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="command" tilewidth="16" tileheight="16" tilecount="224" columns="16">
 <image source="command.png" width="256" height="224"/>
 <tile id="0">
  <properties>
   <property name="name" value="deck_a"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="deck_b"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="deck_c"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="deck_glow"/>
   <property name="light" value="24,blue_light"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="deck_grate"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="cable_h"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="cable_v"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="stool"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="console_blue"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="20,sky"/>
  </properties>
  <animation>
   <frame tileid="8" duration="260"/>
   <frame tileid="9" duration="260"/>
   <frame tileid="10" duration="260"/>
  </animation>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="console_blue_f2"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="20,sky"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="name" value="console_blue_f3"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="20,sky"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="name" value="console_red"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="20,ember"/>
  </properties>
  <animation>
   <frame tileid="11" duration="260"/>
   <frame tileid="12" duration="260"/>
   <frame tileid="13" duration="260"/>
  </animation>
 </tile>
 <tile id="12">
  <properties>
   <property name="name" value="console_red_f2"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="20,ember"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="name" value="console_red_f3"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="20,ember"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="name" value="console_green"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="20,leaf"/>
  </properties>
  <animation>
   <frame tileid="16" duration="260"/>
   <frame tileid="17" duration="260"/>
   <frame tileid="18" duration="260"/>
  </animation>
 </tile>
 <tile id="17">
  <properties>
   <property name="name" value="console_green_f2"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="20,leaf"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="name" value="console_green_f3"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="20,leaf"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="name" value="monitors_map_r0c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="32" duration="300"/>
   <frame tileid="34" duration="300"/>
   <frame tileid="36" duration="300"/>
  </animation>
 </tile>
 <tile id="33">
  <properties>
   <property name="name" value="monitors_map_r0c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="33" duration="300"/>
   <frame tileid="35" duration="300"/>
   <frame tileid="37" duration="300"/>
  </animation>
 </tile>
 <tile id="34">
  <properties>
   <property name="name" value="monitors_map_r0c0_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="name" value="monitors_map_r0c1_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="name" value="monitors_map_r0c0_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="name" value="monitors_map_r0c1_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="name" value="monitors_alert_r0c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="38" duration="300"/>
   <frame tileid="40" duration="300"/>
   <frame tileid="42" duration="300"/>
  </animation>
 </tile>
 <tile id="39">
  <properties>
   <property name="name" value="monitors_alert_r0c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="39" duration="300"/>
   <frame tileid="41" duration="300"/>
   <frame tileid="43" duration="300"/>
  </animation>
 </tile>
 <tile id="40">
  <properties>
   <property name="name" value="monitors_alert_r0c0_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="41">
  <properties>
   <property name="name" value="monitors_alert_r0c1_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="42">
  <properties>
   <property name="name" value="monitors_alert_r0c0_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="43">
  <properties>
   <property name="name" value="monitors_alert_r0c1_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="48">
  <properties>
   <property name="name" value="monitors_map_r1c0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="40,sky"/>
  </properties>
  <animation>
   <frame tileid="48" duration="300"/>
   <frame tileid="50" duration="300"/>
   <frame tileid="52" duration="300"/>
  </animation>
 </tile>
 <tile id="49">
  <properties>
   <property name="name" value="monitors_map_r1c1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="40,sky"/>
  </properties>
  <animation>
   <frame tileid="49" duration="300"/>
   <frame tileid="51" duration="300"/>
   <frame tileid="53" duration="300"/>
  </animation>
 </tile>
 <tile id="50">
  <properties>
   <property name="name" value="monitors_map_r1c0_f2"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="40,sky"/>
  </properties>
 </tile>
 <tile id="51">
  <properties>
   <property name="name" value="monitors_map_r1c1_f2"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="40,sky"/>
  </properties>
 </tile>
 <tile id="52">
  <properties>
   <property name="name" value="monitors_map_r1c0_f3"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="40,sky"/>
  </properties>
 </tile>
 <tile id="53">
  <properties>
   <property name="name" value="monitors_map_r1c1_f3"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="40,sky"/>
  </properties>
 </tile>
 <tile id="54">
  <properties>
   <property name="name" value="monitors_alert_r1c0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="40,red_light"/>
  </properties>
  <animation>
   <frame tileid="54" duration="300"/>
   <frame tileid="56" duration="300"/>
   <frame tileid="58" duration="300"/>
  </animation>
 </tile>
 <tile id="55">
  <properties>
   <property name="name" value="monitors_alert_r1c1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="40,red_light"/>
  </properties>
  <animation>
   <frame tileid="55" duration="300"/>
   <frame tileid="57" duration="300"/>
   <frame tileid="59" duration="300"/>
  </animation>
 </tile>
 <tile id="56">
  <properties>
   <property name="name" value="monitors_alert_r1c0_f2"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="40,red_light"/>
  </properties>
 </tile>
 <tile id="57">
  <properties>
   <property name="name" value="monitors_alert_r1c1_f2"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="40,red_light"/>
  </properties>
 </tile>
 <tile id="58">
  <properties>
   <property name="name" value="monitors_alert_r1c0_f3"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="40,red_light"/>
  </properties>
 </tile>
 <tile id="59">
  <properties>
   <property name="name" value="monitors_alert_r1c1_f3"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="40,red_light"/>
  </properties>
 </tile>
 <tile id="64">
  <properties>
   <property name="name" value="monitors_scan_r0c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="64" duration="300"/>
   <frame tileid="66" duration="300"/>
   <frame tileid="68" duration="300"/>
  </animation>
 </tile>
 <tile id="65">
  <properties>
   <property name="name" value="monitors_scan_r0c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="65" duration="300"/>
   <frame tileid="67" duration="300"/>
   <frame tileid="69" duration="300"/>
  </animation>
 </tile>
 <tile id="66">
  <properties>
   <property name="name" value="monitors_scan_r0c0_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="67">
  <properties>
   <property name="name" value="monitors_scan_r0c1_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="68">
  <properties>
   <property name="name" value="monitors_scan_r0c0_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="69">
  <properties>
   <property name="name" value="monitors_scan_r0c1_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="70">
  <properties>
   <property name="name" value="monitors_planet_r0c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="70" duration="300"/>
   <frame tileid="72" duration="300"/>
   <frame tileid="74" duration="300"/>
  </animation>
 </tile>
 <tile id="71">
  <properties>
   <property name="name" value="monitors_planet_r0c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="71" duration="300"/>
   <frame tileid="73" duration="300"/>
   <frame tileid="75" duration="300"/>
  </animation>
 </tile>
 <tile id="72">
  <properties>
   <property name="name" value="monitors_planet_r0c0_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="73">
  <properties>
   <property name="name" value="monitors_planet_r0c1_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="74">
  <properties>
   <property name="name" value="monitors_planet_r0c0_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="75">
  <properties>
   <property name="name" value="monitors_planet_r0c1_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="80">
  <properties>
   <property name="name" value="monitors_scan_r1c0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="40,sky"/>
  </properties>
  <animation>
   <frame tileid="80" duration="300"/>
   <frame tileid="82" duration="300"/>
   <frame tileid="84" duration="300"/>
  </animation>
 </tile>
 <tile id="81">
  <properties>
   <property name="name" value="monitors_scan_r1c1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="40,sky"/>
  </properties>
  <animation>
   <frame tileid="81" duration="300"/>
   <frame tileid="83" duration="300"/>
   <frame tileid="85" duration="300"/>
  </animation>
 </tile>
 <tile id="82">
  <properties>
   <property name="name" value="monitors_scan_r1c0_f2"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="40,sky"/>
  </properties>
 </tile>
 <tile id="83">
  <properties>
   <property name="name" value="monitors_scan_r1c1_f2"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="40,sky"/>
  </properties>
 </tile>
 <tile id="84">
  <properties>
   <property name="name" value="monitors_scan_r1c0_f3"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="40,sky"/>
  </properties>
 </tile>
 <tile id="85">
  <properties>
   <property name="name" value="monitors_scan_r1c1_f3"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="40,sky"/>
  </properties>
 </tile>
 <tile id="86">
  <properties>
   <property name="name" value="monitors_planet_r1c0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="40,sky"/>
  </properties>
  <animation>
   <frame tileid="86" duration="300"/>
   <frame tileid="88" duration="300"/>
   <frame tileid="90" duration="300"/>
  </animation>
 </tile>
 <tile id="87">
  <properties>
   <property name="name" value="monitors_planet_r1c1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="40,sky"/>
  </properties>
  <animation>
   <frame tileid="87" duration="300"/>
   <frame tileid="89" duration="300"/>
   <frame tileid="91" duration="300"/>
  </animation>
 </tile>
 <tile id="88">
  <properties>
   <property name="name" value="monitors_planet_r1c0_f2"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="40,sky"/>
  </properties>
 </tile>
 <tile id="89">
  <properties>
   <property name="name" value="monitors_planet_r1c1_f2"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="40,sky"/>
  </properties>
 </tile>
 <tile id="90">
  <properties>
   <property name="name" value="monitors_planet_r1c0_f3"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="40,sky"/>
  </properties>
 </tile>
 <tile id="91">
  <properties>
   <property name="name" value="monitors_planet_r1c1_f3"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="40,sky"/>
  </properties>
 </tile>
 <tile id="96">
  <properties>
   <property name="name" value="holo_pad_r0c0"/>
   <property name="light" value="48,sky"/>
  </properties>
  <animation>
   <frame tileid="96" duration="220"/>
   <frame tileid="98" duration="220"/>
   <frame tileid="100" duration="220"/>
  </animation>
 </tile>
 <tile id="97">
  <properties>
   <property name="name" value="holo_pad_r0c1"/>
  </properties>
  <animation>
   <frame tileid="97" duration="220"/>
   <frame tileid="99" duration="220"/>
   <frame tileid="101" duration="220"/>
  </animation>
 </tile>
 <tile id="98">
  <properties>
   <property name="name" value="holo_pad_r0c0_f2"/>
   <property name="light" value="48,sky"/>
  </properties>
 </tile>
 <tile id="99">
  <properties>
   <property name="name" value="holo_pad_r0c1_f2"/>
  </properties>
 </tile>
 <tile id="100">
  <properties>
   <property name="name" value="holo_pad_r0c0_f3"/>
   <property name="light" value="48,sky"/>
  </properties>
 </tile>
 <tile id="101">
  <properties>
   <property name="name" value="holo_pad_r0c1_f3"/>
  </properties>
 </tile>
 <tile id="102">
  <properties>
   <property name="name" value="war_table_r0c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="102" duration="400"/>
   <frame tileid="105" duration="400"/>
   <frame tileid="108" duration="400"/>
  </animation>
 </tile>
 <tile id="103">
  <properties>
   <property name="name" value="war_table_r0c1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="36,blue_light"/>
  </properties>
  <animation>
   <frame tileid="103" duration="400"/>
   <frame tileid="106" duration="400"/>
   <frame tileid="109" duration="400"/>
  </animation>
 </tile>
 <tile id="104">
  <properties>
   <property name="name" value="war_table_r0c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="104" duration="400"/>
   <frame tileid="107" duration="400"/>
   <frame tileid="110" duration="400"/>
  </animation>
 </tile>
 <tile id="105">
  <properties>
   <property name="name" value="war_table_r0c0_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="106">
  <properties>
   <property name="name" value="war_table_r0c1_f2"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="36,blue_light"/>
  </properties>
 </tile>
 <tile id="107">
  <properties>
   <property name="name" value="war_table_r0c2_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="108">
  <properties>
   <property name="name" value="war_table_r0c0_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="109">
  <properties>
   <property name="name" value="war_table_r0c1_f3"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="36,blue_light"/>
  </properties>
 </tile>
 <tile id="110">
  <properties>
   <property name="name" value="war_table_r0c2_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="112">
  <properties>
   <property name="name" value="holo_pad_r1c0"/>
  </properties>
  <animation>
   <frame tileid="112" duration="220"/>
   <frame tileid="114" duration="220"/>
   <frame tileid="116" duration="220"/>
  </animation>
 </tile>
 <tile id="113">
  <properties>
   <property name="name" value="holo_pad_r1c1"/>
   <property name="light" value="40,glow"/>
  </properties>
  <animation>
   <frame tileid="113" duration="220"/>
   <frame tileid="115" duration="220"/>
   <frame tileid="117" duration="220"/>
  </animation>
 </tile>
 <tile id="114">
  <properties>
   <property name="name" value="holo_pad_r1c0_f2"/>
  </properties>
 </tile>
 <tile id="115">
  <properties>
   <property name="name" value="holo_pad_r1c1_f2"/>
   <property name="light" value="40,glow"/>
  </properties>
 </tile>
 <tile id="116">
  <properties>
   <property name="name" value="holo_pad_r1c0_f3"/>
  </properties>
 </tile>
 <tile id="117">
  <properties>
   <property name="name" value="holo_pad_r1c1_f3"/>
   <property name="light" value="40,glow"/>
  </properties>
 </tile>
 <tile id="118">
  <properties>
   <property name="name" value="war_table_r1c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="118" duration="400"/>
   <frame tileid="121" duration="400"/>
   <frame tileid="124" duration="400"/>
  </animation>
 </tile>
 <tile id="119">
  <properties>
   <property name="name" value="war_table_r1c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="119" duration="400"/>
   <frame tileid="122" duration="400"/>
   <frame tileid="125" duration="400"/>
  </animation>
 </tile>
 <tile id="120">
  <properties>
   <property name="name" value="war_table_r1c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="120" duration="400"/>
   <frame tileid="123" duration="400"/>
   <frame tileid="126" duration="400"/>
  </animation>
 </tile>
 <tile id="121">
  <properties>
   <property name="name" value="war_table_r1c0_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="122">
  <properties>
   <property name="name" value="war_table_r1c1_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="123">
  <properties>
   <property name="name" value="war_table_r1c2_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="124">
  <properties>
   <property name="name" value="war_table_r1c0_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="125">
  <properties>
   <property name="name" value="war_table_r1c1_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="126">
  <properties>
   <property name="name" value="war_table_r1c2_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="128">
  <properties>
   <property name="name" value="shield_console_r0c0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="32,sky"/>
  </properties>
  <animation>
   <frame tileid="128" duration="250"/>
   <frame tileid="130" duration="250"/>
   <frame tileid="132" duration="250"/>
  </animation>
 </tile>
 <tile id="129">
  <properties>
   <property name="name" value="shield_console_r0c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="129" duration="250"/>
   <frame tileid="131" duration="250"/>
   <frame tileid="133" duration="250"/>
  </animation>
 </tile>
 <tile id="130">
  <properties>
   <property name="name" value="shield_console_r0c0_f2"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="32,sky"/>
  </properties>
 </tile>
 <tile id="131">
  <properties>
   <property name="name" value="shield_console_r0c1_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="132">
  <properties>
   <property name="name" value="shield_console_r0c0_f3"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="32,sky"/>
  </properties>
 </tile>
 <tile id="133">
  <properties>
   <property name="name" value="shield_console_r0c1_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="144">
  <properties>
   <property name="name" value="shield_console_r1c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="144" duration="250"/>
   <frame tileid="146" duration="250"/>
   <frame tileid="148" duration="250"/>
  </animation>
 </tile>
 <tile id="145">
  <properties>
   <property name="name" value="shield_console_r1c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="145" duration="250"/>
   <frame tileid="147" duration="250"/>
   <frame tileid="149" duration="250"/>
  </animation>
 </tile>
 <tile id="146">
  <properties>
   <property name="name" value="shield_console_r1c0_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="147">
  <properties>
   <property name="name" value="shield_console_r1c1_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="148">
  <properties>
   <property name="name" value="shield_console_r1c0_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="149">
  <properties>
   <property name="name" value="shield_console_r1c1_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="160">
  <properties>
   <property name="name" value="comm_lamp_r0c0"/>
  </properties>
  <animation>
   <frame tileid="160" duration="500"/>
   <frame tileid="161" duration="500"/>
  </animation>
 </tile>
 <tile id="161">
  <properties>
   <property name="name" value="comm_lamp_r0c0_f2"/>
  </properties>
 </tile>
 <tile id="162">
  <properties>
   <property name="name" value="oil_lamp"/>
   <property name="light" value="56,pale_gold"/>
  </properties>
  <animation>
   <frame tileid="162" duration="420"/>
   <frame tileid="163" duration="420"/>
  </animation>
 </tile>
 <tile id="163">
  <properties>
   <property name="name" value="oil_lamp_f2"/>
   <property name="light" value="56,pale_gold"/>
  </properties>
 </tile>
 <tile id="164">
  <properties>
   <property name="name" value="pie_dish"/>
  </properties>
 </tile>
 <tile id="165">
  <properties>
   <property name="name" value="banner_stand_r0c0"/>
  </properties>
 </tile>
 <tile id="176">
  <properties>
   <property name="name" value="comm_lamp_r1c0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="36,sky"/>
  </properties>
  <animation>
   <frame tileid="176" duration="500"/>
   <frame tileid="177" duration="500"/>
  </animation>
 </tile>
 <tile id="177">
  <properties>
   <property name="name" value="comm_lamp_r1c0_f2"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="36,sky"/>
  </properties>
 </tile>
 <tile id="181">
  <properties>
   <property name="name" value="banner_stand_r1c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="192">
  <properties>
   <property name="name" value="dessert_table_r0c0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="28,gold"/>
  </properties>
  <animation>
   <frame tileid="192" duration="500"/>
   <frame tileid="195" duration="500"/>
  </animation>
 </tile>
 <tile id="193">
  <properties>
   <property name="name" value="dessert_table_r0c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="193" duration="500"/>
   <frame tileid="196" duration="500"/>
  </animation>
 </tile>
 <tile id="194">
  <properties>
   <property name="name" value="dessert_table_r0c2"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="28,gold"/>
  </properties>
  <animation>
   <frame tileid="194" duration="500"/>
   <frame tileid="197" duration="500"/>
  </animation>
 </tile>
 <tile id="195">
  <properties>
   <property name="name" value="dessert_table_r0c0_f2"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="28,gold"/>
  </properties>
 </tile>
 <tile id="196">
  <properties>
   <property name="name" value="dessert_table_r0c1_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="197">
  <properties>
   <property name="name" value="dessert_table_r0c2_f2"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="28,gold"/>
  </properties>
 </tile>
 <tile id="208">
  <properties>
   <property name="name" value="dessert_table_r1c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="208" duration="500"/>
   <frame tileid="211" duration="500"/>
  </animation>
 </tile>
 <tile id="209">
  <properties>
   <property name="name" value="dessert_table_r1c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="209" duration="500"/>
   <frame tileid="212" duration="500"/>
  </animation>
 </tile>
 <tile id="210">
  <properties>
   <property name="name" value="dessert_table_r1c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="210" duration="500"/>
   <frame tileid="213" duration="500"/>
  </animation>
 </tile>
 <tile id="211">
  <properties>
   <property name="name" value="dessert_table_r1c0_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="212">
  <properties>
   <property name="name" value="dessert_table_r1c1_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="213">
  <properties>
   <property name="name" value="dessert_table_r1c2_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
</tileset>
