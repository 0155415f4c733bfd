<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="feast" tilewidth="16" tileheight="16" tilecount="64" columns="16">
 <image source="feast.png" width="256" height="64"/>
 <tile id="0">
  <properties>
   <property name="name" value="wood_floor"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="wood_floor_b"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="wood_floor_c"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="mat_nw"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="mat_n"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="mat_ne"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="mat_w"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="mat_c"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="mat_e"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="mat_sw"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="name" value="mat_s"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="name" value="mat_se"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="name" value="mat_sun"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="name" value="bench_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="name" value="bench_m"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="name" value="bench_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="name" value="table_t_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="name" value="table_t_m"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="name" value="table_t_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="name" value="table_t_plate"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="name" value="table_t_fruit"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="name" value="table_b_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="name" value="table_b_m"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="name" value="table_b_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="name" value="table_b_plate"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="name" value="table_b_fruit"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="name" value="table_t_candle"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="36,gold"/>
  </properties>
  <animation>
   <frame tileid="26" duration="170"/>
   <frame tileid="27" duration="170"/>
   <frame tileid="28" duration="170"/>
  </animation>
 </tile>
 <tile id="27">
  <properties>
   <property name="name" value="table_t_candle_f2"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="36,gold"/>
  </properties>
 </tile>
 <tile id="28">
  <properties>
   <property name="name" value="table_t_candle_f3"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="36,gold"/>
  </properties>
 </tile>
 <tile id="29">
  <properties>
   <property name="name" value="table_b_candle"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="36,gold"/>
  </properties>
  <animation>
   <frame tileid="29" duration="170"/>
   <frame tileid="30" duration="170"/>
   <frame tileid="31" duration="170"/>
  </animation>
 </tile>
 <tile id="30">
  <properties>
   <property name="name" value="table_b_candle_f2"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="36,gold"/>
  </properties>
 </tile>
 <tile id="31">
  <properties>
   <property name="name" value="table_b_candle_f3"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="36,gold"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="name" value="staff_rack_r0c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="name" value="staff_rack_r0c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="name" value="high_seat_top"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="name" value="sideboard_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="name" value="sideboard_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="name" value="banner_rann_top"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="name" value="banner_rann_bottom"/>
  </properties>
 </tile>
 <tile id="39">
  <properties>
   <property name="name" value="fireworks_window_top"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="24,violet_light"/>
  </properties>
  <animation>
   <frame tileid="39" duration="260"/>
   <frame tileid="40" duration="260"/>
   <frame tileid="41" duration="260"/>
  </animation>
 </tile>
 <tile id="40">
  <properties>
   <property name="name" value="fireworks_window_top_f2"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="24,violet_light"/>
  </properties>
 </tile>
 <tile id="41">
  <properties>
   <property name="name" value="fireworks_window_top_f3"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="24,violet_light"/>
  </properties>
 </tile>
 <tile id="42">
  <properties>
   <property name="name" value="fireworks_window_bottom"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="42" duration="260"/>
   <frame tileid="43" duration="260"/>
   <frame tileid="44" duration="260"/>
  </animation>
 </tile>
 <tile id="43">
  <properties>
   <property name="name" value="fireworks_window_bottom_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="44">
  <properties>
   <property name="name" value="fireworks_window_bottom_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="48">
  <properties>
   <property name="name" value="staff_rack_r1c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="49">
  <properties>
   <property name="name" value="staff_rack_r1c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="50">
  <properties>
   <property name="name" value="high_seat_bottom"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
</tileset>
