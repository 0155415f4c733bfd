<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="slums" tilewidth="16" tileheight="16" tilecount="304" columns="16">
 <image source="slums.png" width="256" height="304"/>
 <tile id="0">
  <properties>
   <property name="name" value="dirt_1"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="dirt_2"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="dirt_3"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="dirt_ruts_h"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="dirt_ruts_v"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="puddle_small"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="puddle_big"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="debris"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="rubble"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="rubble_2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="name" value="barrel"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="name" value="barrel_water"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="name" value="crate_aid"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="name" value="crate_aid_open"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="name" value="laundry_pole_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="name" value="laundry_line"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="name" value="laundry_line_2"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="name" value="laundry_pole_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="name" value="brazier_r0c0"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="48,orange"/>
  </properties>
  <animation>
   <frame tileid="18" duration="120"/>
   <frame tileid="19" duration="120"/>
   <frame tileid="20" duration="120"/>
   <frame tileid="21" duration="120"/>
  </animation>
 </tile>
 <tile id="19">
  <properties>
   <property name="name" value="brazier_r0c0_f2"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="48,orange"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="name" value="brazier_r0c0_f3"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="48,orange"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="name" value="brazier_r0c0_f4"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="48,orange"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="name" value="brazier_r1c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="34" duration="120"/>
   <frame tileid="35" duration="120"/>
   <frame tileid="36" duration="120"/>
   <frame tileid="37" duration="120"/>
  </animation>
 </tile>
 <tile id="35">
  <properties>
   <property name="name" value="brazier_r1c0_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="name" value="brazier_r1c0_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="name" value="brazier_r1c0_f4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="48">
  <properties>
   <property name="name" value="shack_open_r0c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="49">
  <properties>
   <property name="name" value="shack_open_r0c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="50">
  <properties>
   <property name="name" value="shack_open_r0c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="51">
  <properties>
   <property name="name" value="shack_open_r0c3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="52">
  <properties>
   <property name="name" value="shack_open_2_r0c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="53">
  <properties>
   <property name="name" value="shack_open_2_r0c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="54">
  <properties>
   <property name="name" value="shack_open_2_r0c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="55">
  <properties>
   <property name="name" value="shack_tarp_blue_r0c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="56">
  <properties>
   <property name="name" value="shack_tarp_blue_r0c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="57">
  <properties>
   <property name="name" value="shack_tarp_blue_r0c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="58">
  <properties>
   <property name="name" value="shack_tarp_red_r0c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="59">
  <properties>
   <property name="name" value="shack_tarp_red_r0c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="60">
  <properties>
   <property name="name" value="shack_tarp_red_r0c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="61">
  <properties>
   <property name="name" value="shack_tarp_gold_r0c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="62">
  <properties>
   <property name="name" value="shack_tarp_gold_r0c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="63">
  <properties>
   <property name="name" value="shack_tarp_gold_r0c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="64">
  <properties>
   <property name="name" value="shack_open_r1c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="65">
  <properties>
   <property name="name" value="shack_open_r1c1"/>
  </properties>
 </tile>
 <tile id="66">
  <properties>
   <property name="name" value="shack_open_r1c2"/>
  </properties>
 </tile>
 <tile id="67">
  <properties>
   <property name="name" value="shack_open_r1c3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="68">
  <properties>
   <property name="name" value="shack_open_2_r1c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="69">
  <properties>
   <property name="name" value="shack_open_2_r1c1"/>
  </properties>
 </tile>
 <tile id="70">
  <properties>
   <property name="name" value="shack_open_2_r1c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="71">
  <properties>
   <property name="name" value="shack_tarp_blue_r1c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="72">
  <properties>
   <property name="name" value="shack_tarp_blue_r1c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="73">
  <properties>
   <property name="name" value="shack_tarp_blue_r1c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="74">
  <properties>
   <property name="name" value="shack_tarp_red_r1c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="75">
  <properties>
   <property name="name" value="shack_tarp_red_r1c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="76">
  <properties>
   <property name="name" value="shack_tarp_red_r1c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="77">
  <properties>
   <property name="name" value="shack_tarp_gold_r1c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="78">
  <properties>
   <property name="name" value="shack_tarp_gold_r1c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="79">
  <properties>
   <property name="name" value="shack_tarp_gold_r1c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="80">
  <properties>
   <property name="name" value="shack_open_r2c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="81">
  <properties>
   <property name="name" value="shack_open_r2c1"/>
  </properties>
 </tile>
 <tile id="82">
  <properties>
   <property name="name" value="shack_open_r2c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="83">
  <properties>
   <property name="name" value="shack_open_r2c3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="84">
  <properties>
   <property name="name" value="shack_open_2_r2c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="85">
  <properties>
   <property name="name" value="shack_open_2_r2c1"/>
  </properties>
 </tile>
 <tile id="86">
  <properties>
   <property name="name" value="shack_open_2_r2c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="87">
  <properties>
   <property name="name" value="shack_tarp_blue_r2c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="88">
  <properties>
   <property name="name" value="shack_tarp_blue_r2c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="89">
  <properties>
   <property name="name" value="shack_tarp_blue_r2c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="90">
  <properties>
   <property name="name" value="shack_tarp_red_r2c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="91">
  <properties>
   <property name="name" value="shack_tarp_red_r2c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="92">
  <properties>
   <property name="name" value="shack_tarp_red_r2c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="93">
  <properties>
   <property name="name" value="shack_tarp_gold_r2c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="94">
  <properties>
   <property name="name" value="shack_tarp_gold_r2c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="95">
  <properties>
   <property name="name" value="shack_tarp_gold_r2c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="96">
  <properties>
   <property name="name" value="oscar_home_r0c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="97">
  <properties>
   <property name="name" value="oscar_home_r0c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="98">
  <properties>
   <property name="name" value="oscar_home_r0c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="99">
  <properties>
   <property name="name" value="oscar_home_r0c3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="100">
  <properties>
   <property name="name" value="tarp_lean_to_blue_r0c0"/>
  </properties>
 </tile>
 <tile id="101">
  <properties>
   <property name="name" value="tarp_lean_to_blue_r0c1"/>
  </properties>
 </tile>
 <tile id="102">
  <properties>
   <property name="name" value="tarp_lean_to_red_r0c0"/>
  </properties>
 </tile>
 <tile id="103">
  <properties>
   <property name="name" value="tarp_lean_to_red_r0c1"/>
  </properties>
 </tile>
 <tile id="104">
  <properties>
   <property name="name" value="temple_r0c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="105">
  <properties>
   <property name="name" value="temple_r0c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="106">
  <properties>
   <property name="name" value="temple_r0c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="107">
  <properties>
   <property name="name" value="temple_r0c3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="108">
  <properties>
   <property name="name" value="temple_r0c4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="109">
  <properties>
   <property name="name" value="temple_r0c5"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="110">
  <properties>
   <property name="name" value="guard_booth_r0c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="111">
  <properties>
   <property name="name" value="guard_booth_r0c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="112">
  <properties>
   <property name="name" value="oscar_home_r1c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="113">
  <properties>
   <property name="name" value="oscar_home_r1c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="114">
  <properties>
   <property name="name" value="oscar_home_r1c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="115">
  <properties>
   <property name="name" value="oscar_home_r1c3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="116">
  <properties>
   <property name="name" value="tarp_lean_to_blue_r1c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="117">
  <properties>
   <property name="name" value="tarp_lean_to_blue_r1c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="118">
  <properties>
   <property name="name" value="tarp_lean_to_red_r1c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="119">
  <properties>
   <property name="name" value="tarp_lean_to_red_r1c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="120">
  <properties>
   <property name="name" value="temple_r1c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="121">
  <properties>
   <property name="name" value="temple_r1c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="122">
  <properties>
   <property name="name" value="temple_r1c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="123">
  <properties>
   <property name="name" value="temple_r1c3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="124">
  <properties>
   <property name="name" value="temple_r1c4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="125">
  <properties>
   <property name="name" value="temple_r1c5"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="126">
  <properties>
   <property name="name" value="guard_booth_r1c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="127">
  <properties>
   <property name="name" value="guard_booth_r1c1"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="24,glow"/>
  </properties>
 </tile>
 <tile id="128">
  <properties>
   <property name="name" value="oscar_home_r2c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="129">
  <properties>
   <property name="name" value="oscar_home_r2c1"/>
  </properties>
 </tile>
 <tile id="130">
  <properties>
   <property name="name" value="oscar_home_r2c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="131">
  <properties>
   <property name="name" value="oscar_home_r2c3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="132">
  <properties>
   <property name="name" value="gate_closed_r0c0"/>
  </properties>
 </tile>
 <tile id="133">
  <properties>
   <property name="name" value="gate_closed_r0c1"/>
  </properties>
 </tile>
 <tile id="134">
  <properties>
   <property name="name" value="gate_closed_r0c2"/>
  </properties>
 </tile>
 <tile id="136">
  <properties>
   <property name="name" value="temple_r2c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="137">
  <properties>
   <property name="name" value="temple_r2c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="138">
  <properties>
   <property name="name" value="temple_r2c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="139">
  <properties>
   <property name="name" value="temple_r2c3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="140">
  <properties>
   <property name="name" value="temple_r2c4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="141">
  <properties>
   <property name="name" value="temple_r2c5"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="144">
  <properties>
   <property name="name" value="gate_open_r0c0"/>
  </properties>
 </tile>
 <tile id="145">
  <properties>
   <property name="name" value="gate_open_r0c1"/>
  </properties>
 </tile>
 <tile id="146">
  <properties>
   <property name="name" value="gate_open_r0c2"/>
  </properties>
 </tile>
 <tile id="148">
  <properties>
   <property name="name" value="gate_closed_r1c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="149">
  <properties>
   <property name="name" value="gate_closed_r1c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="150">
  <properties>
   <property name="name" value="gate_closed_r1c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="152">
  <properties>
   <property name="name" value="temple_r3c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="153">
  <properties>
   <property name="name" value="temple_r3c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="154">
  <properties>
   <property name="name" value="temple_r3c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="155">
  <properties>
   <property name="name" value="temple_r3c3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="156">
  <properties>
   <property name="name" value="temple_r3c4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="157">
  <properties>
   <property name="name" value="temple_r3c5"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="160">
  <properties>
   <property name="name" value="gate_open_r1c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="161">
  <properties>
   <property name="name" value="gate_open_r1c1"/>
  </properties>
 </tile>
 <tile id="162">
  <properties>
   <property name="name" value="gate_open_r1c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="168">
  <properties>
   <property name="name" value="temple_r4c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="169">
  <properties>
   <property name="name" value="temple_r4c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="170">
  <properties>
   <property name="name" value="temple_r4c2"/>
  </properties>
 </tile>
 <tile id="171">
  <properties>
   <property name="name" value="temple_r4c3"/>
  </properties>
 </tile>
 <tile id="172">
  <properties>
   <property name="name" value="temple_r4c4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="173">
  <properties>
   <property name="name" value="temple_r4c5"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="184">
  <properties>
   <property name="name" value="temple_r5c0"/>
  </properties>
 </tile>
 <tile id="185">
  <properties>
   <property name="name" value="temple_r5c1"/>
  </properties>
 </tile>
 <tile id="186">
  <properties>
   <property name="name" value="temple_r5c2"/>
  </properties>
 </tile>
 <tile id="187">
  <properties>
   <property name="name" value="temple_r5c3"/>
  </properties>
 </tile>
 <tile id="188">
  <properties>
   <property name="name" value="temple_r5c4"/>
  </properties>
 </tile>
 <tile id="189">
  <properties>
   <property name="name" value="temple_r5c5"/>
  </properties>
 </tile>
 <tile id="192">
  <properties>
   <property name="name" value="scanner_arch_r0c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="192" duration="150"/>
   <frame tileid="195" duration="150"/>
   <frame tileid="198" duration="150"/>
   <frame tileid="201" duration="150"/>
  </animation>
 </tile>
 <tile id="193">
  <properties>
   <property name="name" value="scanner_arch_r0c1"/>
   <property name="light" value="32,red"/>
  </properties>
  <animation>
   <frame tileid="193" duration="150"/>
   <frame tileid="196" duration="150"/>
   <frame tileid="199" duration="150"/>
   <frame tileid="202" duration="150"/>
  </animation>
 </tile>
 <tile id="194">
  <properties>
   <property name="name" value="scanner_arch_r0c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="194" duration="150"/>
   <frame tileid="197" duration="150"/>
   <frame tileid="200" duration="150"/>
   <frame tileid="203" duration="150"/>
  </animation>
 </tile>
 <tile id="195">
  <properties>
   <property name="name" value="scanner_arch_r0c0_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="196">
  <properties>
   <property name="name" value="scanner_arch_r0c1_f2"/>
   <property name="light" value="32,red"/>
  </properties>
 </tile>
 <tile id="197">
  <properties>
   <property name="name" value="scanner_arch_r0c2_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="198">
  <properties>
   <property name="name" value="scanner_arch_r0c0_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="199">
  <properties>
   <property name="name" value="scanner_arch_r0c1_f3"/>
   <property name="light" value="32,red"/>
  </properties>
 </tile>
 <tile id="200">
  <properties>
   <property name="name" value="scanner_arch_r0c2_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="201">
  <properties>
   <property name="name" value="scanner_arch_r0c0_f4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="202">
  <properties>
   <property name="name" value="scanner_arch_r0c1_f4"/>
   <property name="light" value="32,red"/>
  </properties>
 </tile>
 <tile id="203">
  <properties>
   <property name="name" value="scanner_arch_r0c2_f4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="204">
  <properties>
   <property name="name" value="pod_pad_r0c0"/>
  </properties>
 </tile>
 <tile id="205">
  <properties>
   <property name="name" value="pod_pad_r0c1"/>
  </properties>
 </tile>
 <tile id="206">
  <properties>
   <property name="name" value="pod_pad_r0c2"/>
  </properties>
 </tile>
 <tile id="207">
  <properties>
   <property name="name" value="pod_pad_r0c3"/>
  </properties>
 </tile>
 <tile id="208">
  <properties>
   <property name="name" value="scanner_arch_r1c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="208" duration="150"/>
   <frame tileid="211" duration="150"/>
   <frame tileid="214" duration="150"/>
   <frame tileid="217" duration="150"/>
  </animation>
 </tile>
 <tile id="209">
  <properties>
   <property name="name" value="scanner_arch_r1c1"/>
  </properties>
  <animation>
   <frame tileid="209" duration="150"/>
   <frame tileid="212" duration="150"/>
   <frame tileid="215" duration="150"/>
   <frame tileid="218" duration="150"/>
  </animation>
 </tile>
 <tile id="210">
  <properties>
   <property name="name" value="scanner_arch_r1c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="210" duration="150"/>
   <frame tileid="213" duration="150"/>
   <frame tileid="216" duration="150"/>
   <frame tileid="219" duration="150"/>
  </animation>
 </tile>
 <tile id="211">
  <properties>
   <property name="name" value="scanner_arch_r1c0_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="212">
  <properties>
   <property name="name" value="scanner_arch_r1c1_f2"/>
  </properties>
 </tile>
 <tile id="213">
  <properties>
   <property name="name" value="scanner_arch_r1c2_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="214">
  <properties>
   <property name="name" value="scanner_arch_r1c0_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="215">
  <properties>
   <property name="name" value="scanner_arch_r1c1_f3"/>
  </properties>
 </tile>
 <tile id="216">
  <properties>
   <property name="name" value="scanner_arch_r1c2_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="217">
  <properties>
   <property name="name" value="scanner_arch_r1c0_f4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="218">
  <properties>
   <property name="name" value="scanner_arch_r1c1_f4"/>
  </properties>
 </tile>
 <tile id="219">
  <properties>
   <property name="name" value="scanner_arch_r1c2_f4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="220">
  <properties>
   <property name="name" value="pod_pad_r1c0"/>
  </properties>
 </tile>
 <tile id="221">
  <properties>
   <property name="name" value="pod_pad_r1c1"/>
  </properties>
 </tile>
 <tile id="222">
  <properties>
   <property name="name" value="pod_pad_r1c2"/>
  </properties>
 </tile>
 <tile id="223">
  <properties>
   <property name="name" value="pod_pad_r1c3"/>
  </properties>
 </tile>
 <tile id="224">
  <properties>
   <property name="name" value="scanner_arch_r2c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="224" duration="150"/>
   <frame tileid="227" duration="150"/>
   <frame tileid="230" duration="150"/>
   <frame tileid="233" duration="150"/>
  </animation>
 </tile>
 <tile id="225">
  <properties>
   <property name="name" value="scanner_arch_r2c1"/>
  </properties>
  <animation>
   <frame tileid="225" duration="150"/>
   <frame tileid="228" duration="150"/>
   <frame tileid="231" duration="150"/>
   <frame tileid="234" duration="150"/>
  </animation>
 </tile>
 <tile id="226">
  <properties>
   <property name="name" value="scanner_arch_r2c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="226" duration="150"/>
   <frame tileid="229" duration="150"/>
   <frame tileid="232" duration="150"/>
   <frame tileid="235" duration="150"/>
  </animation>
 </tile>
 <tile id="227">
  <properties>
   <property name="name" value="scanner_arch_r2c0_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="228">
  <properties>
   <property name="name" value="scanner_arch_r2c1_f2"/>
  </properties>
 </tile>
 <tile id="229">
  <properties>
   <property name="name" value="scanner_arch_r2c2_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="230">
  <properties>
   <property name="name" value="scanner_arch_r2c0_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="231">
  <properties>
   <property name="name" value="scanner_arch_r2c1_f3"/>
  </properties>
 </tile>
 <tile id="232">
  <properties>
   <property name="name" value="scanner_arch_r2c2_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="233">
  <properties>
   <property name="name" value="scanner_arch_r2c0_f4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="234">
  <properties>
   <property name="name" value="scanner_arch_r2c1_f4"/>
  </properties>
 </tile>
 <tile id="235">
  <properties>
   <property name="name" value="scanner_arch_r2c2_f4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="236">
  <properties>
   <property name="name" value="pod_pad_r2c0"/>
  </properties>
 </tile>
 <tile id="237">
  <properties>
   <property name="name" value="pod_pad_r2c1"/>
  </properties>
 </tile>
 <tile id="238">
  <properties>
   <property name="name" value="pod_pad_r2c2"/>
  </properties>
 </tile>
 <tile id="239">
  <properties>
   <property name="name" value="pod_pad_r2c3"/>
  </properties>
 </tile>
 <tile id="252">
  <properties>
   <property name="name" value="pod_pad_r3c0"/>
  </properties>
 </tile>
 <tile id="253">
  <properties>
   <property name="name" value="pod_pad_r3c1"/>
  </properties>
 </tile>
 <tile id="254">
  <properties>
   <property name="name" value="pod_pad_r3c2"/>
  </properties>
 </tile>
 <tile id="255">
  <properties>
   <property name="name" value="pod_pad_r3c3"/>
  </properties>
 </tile>
 <tile id="256">
  <properties>
   <property name="name" value="plank_floor"/>
  </properties>
 </tile>
 <tile id="257">
  <properties>
   <property name="name" value="plank_floor_2"/>
  </properties>
 </tile>
 <tile id="258">
  <properties>
   <property name="name" value="board_wall_top"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="259">
  <properties>
   <property name="name" value="board_wall"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="260">
  <properties>
   <property name="name" value="board_wall_window"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="261">
  <properties>
   <property name="name" value="stove"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="40,orange"/>
  </properties>
 </tile>
 <tile id="262">
  <properties>
   <property name="name" value="kitchen_shelf"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="263">
  <properties>
   <property name="name" value="table_r0c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="264">
  <properties>
   <property name="name" value="table_r0c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="265">
  <properties>
   <property name="name" value="stool"/>
  </properties>
 </tile>
 <tile id="266">
  <properties>
   <property name="name" value="rug"/>
  </properties>
 </tile>
 <tile id="267">
  <properties>
   <property name="name" value="oil_lamp"/>
   <property name="light" value="56,gold"/>
  </properties>
 </tile>
 <tile id="268">
  <properties>
   <property name="name" value="steps"/>
  </properties>
 </tile>
 <tile id="269">
  <properties>
   <property name="name" value="bedroll_1"/>
  </properties>
 </tile>
 <tile id="270">
  <properties>
   <property name="name" value="bedroll_2"/>
  </properties>
 </tile>
 <tile id="271">
  <properties>
   <property name="name" value="bedroll_3"/>
  </properties>
 </tile>
 <tile id="272">
  <properties>
   <property name="name" value="cot_r0c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="273">
  <properties>
   <property name="name" value="pod_grey_r0c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="274">
  <properties>
   <property name="name" value="pod_grey_r0c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="275">
  <properties>
   <property name="name" value="pod_blue_r0c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="276">
  <properties>
   <property name="name" value="pod_blue_r0c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="277">
  <properties>
   <property name="name" value="pod_red_r0c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="278">
  <properties>
   <property name="name" value="pod_red_r0c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="279">
  <properties>
   <property name="name" value="stall_r0c0"/>
  </properties>
 </tile>
 <tile id="280">
  <properties>
   <property name="name" value="stall_r0c1"/>
  </properties>
 </tile>
 <tile id="288">
  <properties>
   <property name="name" value="cot_r1c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="289">
  <properties>
   <property name="name" value="pod_grey_r1c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="290">
  <properties>
   <property name="name" value="pod_grey_r1c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="291">
  <properties>
   <property name="name" value="pod_blue_r1c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="292">
  <properties>
   <property name="name" value="pod_blue_r1c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="293">
  <properties>
   <property name="name" value="pod_red_r1c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="294">
  <properties>
   <property name="name" value="pod_red_r1c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="295">
  <properties>
   <property name="name" value="stall_r1c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="296">
  <properties>
   <property name="name" value="stall_r1c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
</tileset>
