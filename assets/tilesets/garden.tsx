<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="garden" tilewidth="16" tileheight="16" tilecount="368" columns="16">
 <image source="garden.png" width="256" height="368"/>
 <tile id="0">
  <properties>
   <property name="name" value="grass_1"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="grass_2"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="grass_3"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="grass_tall"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="grass_daisies"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="flowers_red_light"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="flowers_gold"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="flowers_white"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="flowers_mauve"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="flowers_sky"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="name" value="cobble_nw"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="name" value="cobble_n"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="name" value="cobble_ne"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="name" value="cobble_inner_se"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="name" value="cobble_inner_sw"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="name" value="gravel_nw"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="name" value="gravel_n"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="name" value="gravel_ne"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="name" value="gravel_inner_se"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="name" value="gravel_inner_sw"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="name" value="cobble_2"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="name" value="gravel_2"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="name" value="cobble_w"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="name" value="cobble_c"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="name" value="cobble_e"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="name" value="cobble_inner_ne"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="name" value="cobble_inner_nw"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="name" value="gravel_w"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="name" value="gravel_c"/>
  </properties>
 </tile>
 <tile id="39">
  <properties>
   <property name="name" value="gravel_e"/>
  </properties>
 </tile>
 <tile id="40">
  <properties>
   <property name="name" value="gravel_inner_ne"/>
  </properties>
 </tile>
 <tile id="41">
  <properties>
   <property name="name" value="gravel_inner_nw"/>
  </properties>
 </tile>
 <tile id="48">
  <properties>
   <property name="name" value="cobble_sw"/>
  </properties>
 </tile>
 <tile id="49">
  <properties>
   <property name="name" value="cobble_s"/>
  </properties>
 </tile>
 <tile id="50">
  <properties>
   <property name="name" value="cobble_se"/>
  </properties>
 </tile>
 <tile id="53">
  <properties>
   <property name="name" value="gravel_sw"/>
  </properties>
 </tile>
 <tile id="54">
  <properties>
   <property name="name" value="gravel_s"/>
  </properties>
 </tile>
 <tile id="55">
  <properties>
   <property name="name" value="gravel_se"/>
  </properties>
 </tile>
 <tile id="64">
  <properties>
   <property name="name" value="hedge_nw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="65">
  <properties>
   <property name="name" value="hedge_n"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="66">
  <properties>
   <property name="name" value="hedge_ne"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="67">
  <properties>
   <property name="name" value="hedge_inner_se"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="68">
  <properties>
   <property name="name" value="hedge_inner_sw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="69">
  <properties>
   <property name="name" value="flower_bed_red"/>
  </properties>
 </tile>
 <tile id="70">
  <properties>
   <property name="name" value="flower_bed_gold"/>
  </properties>
 </tile>
 <tile id="71">
  <properties>
   <property name="name" value="flower_bed_white"/>
  </properties>
 </tile>
 <tile id="72">
  <properties>
   <property name="name" value="flower_bed_mauve"/>
  </properties>
 </tile>
 <tile id="73">
  <properties>
   <property name="name" value="flower_bed_sky"/>
  </properties>
 </tile>
 <tile id="80">
  <properties>
   <property name="name" value="hedge_w"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="81">
  <properties>
   <property name="name" value="hedge_c"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="82">
  <properties>
   <property name="name" value="hedge_e"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="83">
  <properties>
   <property name="name" value="hedge_inner_ne"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="84">
  <properties>
   <property name="name" value="hedge_inner_nw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="96">
  <properties>
   <property name="name" value="hedge_sw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="97">
  <properties>
   <property name="name" value="hedge_s"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="98">
  <properties>
   <property name="name" value="hedge_se"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="112">
  <properties>
   <property name="name" value="lake_nw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="112" duration="300"/>
   <frame tileid="113" duration="300"/>
   <frame tileid="114" duration="300"/>
   <frame tileid="115" duration="300"/>
  </animation>
 </tile>
 <tile id="113">
  <properties>
   <property name="name" value="lake_nw_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="114">
  <properties>
   <property name="name" value="lake_nw_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="115">
  <properties>
   <property name="name" value="lake_nw_f4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="116">
  <properties>
   <property name="name" value="lake_n"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="116" duration="300"/>
   <frame tileid="117" duration="300"/>
   <frame tileid="118" duration="300"/>
   <frame tileid="119" duration="300"/>
  </animation>
 </tile>
 <tile id="117">
  <properties>
   <property name="name" value="lake_n_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="118">
  <properties>
   <property name="name" value="lake_n_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="119">
  <properties>
   <property name="name" value="lake_n_f4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="120">
  <properties>
   <property name="name" value="lake_ne"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="120" duration="300"/>
   <frame tileid="121" duration="300"/>
   <frame tileid="122" duration="300"/>
   <frame tileid="123" duration="300"/>
  </animation>
 </tile>
 <tile id="121">
  <properties>
   <property name="name" value="lake_ne_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="122">
  <properties>
   <property name="name" value="lake_ne_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="123">
  <properties>
   <property name="name" value="lake_ne_f4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="124">
  <properties>
   <property name="name" value="lake_w"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="124" duration="300"/>
   <frame tileid="125" duration="300"/>
   <frame tileid="126" duration="300"/>
   <frame tileid="127" duration="300"/>
  </animation>
 </tile>
 <tile id="125">
  <properties>
   <property name="name" value="lake_w_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="126">
  <properties>
   <property name="name" value="lake_w_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="127">
  <properties>
   <property name="name" value="lake_w_f4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="128">
  <properties>
   <property name="name" value="lake_c"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="128" duration="300"/>
   <frame tileid="129" duration="300"/>
   <frame tileid="130" duration="300"/>
   <frame tileid="131" duration="300"/>
  </animation>
 </tile>
 <tile id="129">
  <properties>
   <property name="name" value="lake_c_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="130">
  <properties>
   <property name="name" value="lake_c_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="131">
  <properties>
   <property name="name" value="lake_c_f4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="132">
  <properties>
   <property name="name" value="lake_e"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="132" duration="300"/>
   <frame tileid="133" duration="300"/>
   <frame tileid="134" duration="300"/>
   <frame tileid="135" duration="300"/>
  </animation>
 </tile>
 <tile id="133">
  <properties>
   <property name="name" value="lake_e_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="134">
  <properties>
   <property name="name" value="lake_e_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="135">
  <properties>
   <property name="name" value="lake_e_f4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="136">
  <properties>
   <property name="name" value="lake_sw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="136" duration="300"/>
   <frame tileid="137" duration="300"/>
   <frame tileid="138" duration="300"/>
   <frame tileid="139" duration="300"/>
  </animation>
 </tile>
 <tile id="137">
  <properties>
   <property name="name" value="lake_sw_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="138">
  <properties>
   <property name="name" value="lake_sw_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="139">
  <properties>
   <property name="name" value="lake_sw_f4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="140">
  <properties>
   <property name="name" value="lake_s"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="140" duration="300"/>
   <frame tileid="141" duration="300"/>
   <frame tileid="142" duration="300"/>
   <frame tileid="143" duration="300"/>
  </animation>
 </tile>
 <tile id="141">
  <properties>
   <property name="name" value="lake_s_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="142">
  <properties>
   <property name="name" value="lake_s_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="143">
  <properties>
   <property name="name" value="lake_s_f4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="144">
  <properties>
   <property name="name" value="lake_se"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="144" duration="300"/>
   <frame tileid="145" duration="300"/>
   <frame tileid="146" duration="300"/>
   <frame tileid="147" duration="300"/>
  </animation>
 </tile>
 <tile id="145">
  <properties>
   <property name="name" value="lake_se_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="146">
  <properties>
   <property name="name" value="lake_se_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="147">
  <properties>
   <property name="name" value="lake_se_f4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="148">
  <properties>
   <property name="name" value="lake_inner_se"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="148" duration="300"/>
   <frame tileid="149" duration="300"/>
   <frame tileid="150" duration="300"/>
   <frame tileid="151" duration="300"/>
  </animation>
 </tile>
 <tile id="149">
  <properties>
   <property name="name" value="lake_inner_se_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="150">
  <properties>
   <property name="name" value="lake_inner_se_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="151">
  <properties>
   <property name="name" value="lake_inner_se_f4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="152">
  <properties>
   <property name="name" value="lake_inner_sw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="152" duration="300"/>
   <frame tileid="153" duration="300"/>
   <frame tileid="154" duration="300"/>
   <frame tileid="155" duration="300"/>
  </animation>
 </tile>
 <tile id="153">
  <properties>
   <property name="name" value="lake_inner_sw_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="154">
  <properties>
   <property name="name" value="lake_inner_sw_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="155">
  <properties>
   <property name="name" value="lake_inner_sw_f4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="156">
  <properties>
   <property name="name" value="lake_inner_ne"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="156" duration="300"/>
   <frame tileid="157" duration="300"/>
   <frame tileid="158" duration="300"/>
   <frame tileid="159" duration="300"/>
  </animation>
 </tile>
 <tile id="157">
  <properties>
   <property name="name" value="lake_inner_ne_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="158">
  <properties>
   <property name="name" value="lake_inner_ne_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="159">
  <properties>
   <property name="name" value="lake_inner_ne_f4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="160">
  <properties>
   <property name="name" value="lake_inner_nw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="160" duration="300"/>
   <frame tileid="161" duration="300"/>
   <frame tileid="162" duration="300"/>
   <frame tileid="163" duration="300"/>
  </animation>
 </tile>
 <tile id="161">
  <properties>
   <property name="name" value="lake_inner_nw_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="162">
  <properties>
   <property name="name" value="lake_inner_nw_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="163">
  <properties>
   <property name="name" value="lake_inner_nw_f4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="176">
  <properties>
   <property name="name" value="glow_grass_1"/>
   <property name="light" value="16,glow"/>
  </properties>
 </tile>
 <tile id="177">
  <properties>
   <property name="name" value="glow_grass_2"/>
   <property name="light" value="16,glow"/>
  </properties>
 </tile>
 <tile id="178">
  <properties>
   <property name="name" value="glow_grass_3"/>
   <property name="light" value="16,glow"/>
  </properties>
 </tile>
 <tile id="179">
  <properties>
   <property name="name" value="glow_tuft"/>
   <property name="light" value="16,glow"/>
  </properties>
 </tile>
 <tile id="180">
  <properties>
   <property name="name" value="fireflies"/>
   <property name="light" value="24,pale_gold"/>
  </properties>
  <animation>
   <frame tileid="180" duration="220"/>
   <frame tileid="181" duration="260"/>
   <frame tileid="182" duration="200"/>
   <frame tileid="183" duration="280"/>
  </animation>
 </tile>
 <tile id="181">
  <properties>
   <property name="name" value="fireflies_f2"/>
   <property name="light" value="24,pale_gold"/>
  </properties>
 </tile>
 <tile id="182">
  <properties>
   <property name="name" value="fireflies_f3"/>
   <property name="light" value="24,pale_gold"/>
  </properties>
 </tile>
 <tile id="183">
  <properties>
   <property name="name" value="fireflies_f4"/>
   <property name="light" value="24,pale_gold"/>
  </properties>
 </tile>
 <tile id="192">
  <properties>
   <property name="name" value="lights_gold_h"/>
   <property name="light" value="24,gold"/>
  </properties>
  <animation>
   <frame tileid="192" duration="500"/>
   <frame tileid="193" duration="420"/>
  </animation>
 </tile>
 <tile id="193">
  <properties>
   <property name="name" value="lights_gold_h_f2"/>
   <property name="light" value="24,gold"/>
  </properties>
 </tile>
 <tile id="194">
  <properties>
   <property name="name" value="lights_gold_v"/>
   <property name="light" value="24,gold"/>
  </properties>
  <animation>
   <frame tileid="194" duration="500"/>
   <frame tileid="195" duration="420"/>
  </animation>
 </tile>
 <tile id="195">
  <properties>
   <property name="name" value="lights_gold_v_f2"/>
   <property name="light" value="24,gold"/>
  </properties>
 </tile>
 <tile id="196">
  <properties>
   <property name="name" value="lights_party_h"/>
   <property name="light" value="24,red_light"/>
  </properties>
  <animation>
   <frame tileid="196" duration="500"/>
   <frame tileid="197" duration="420"/>
  </animation>
 </tile>
 <tile id="197">
  <properties>
   <property name="name" value="lights_party_h_f2"/>
   <property name="light" value="24,red_light"/>
  </properties>
 </tile>
 <tile id="198">
  <properties>
   <property name="name" value="lights_party_v"/>
   <property name="light" value="24,red_light"/>
  </properties>
  <animation>
   <frame tileid="198" duration="500"/>
   <frame tileid="199" duration="420"/>
  </animation>
 </tile>
 <tile id="199">
  <properties>
   <property name="name" value="lights_party_v_f2"/>
   <property name="light" value="24,red_light"/>
  </properties>
 </tile>
 <tile id="200">
  <properties>
   <property name="name" value="lantern_top"/>
   <property name="light" value="40,orange"/>
  </properties>
 </tile>
 <tile id="201">
  <properties>
   <property name="name" value="bench_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="202">
  <properties>
   <property name="name" value="bench_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="216">
  <properties>
   <property name="name" value="lantern_post"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="224">
  <properties>
   <property name="name" value="table_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="225">
  <properties>
   <property name="name" value="table_m"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="226">
  <properties>
   <property name="name" value="table_roses_red"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="227">
  <properties>
   <property name="name" value="table_roses_white"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="228">
  <properties>
   <property name="name" value="table_roses_gold"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="229">
  <properties>
   <property name="name" value="table_roses_mauve"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="230">
  <properties>
   <property name="name" value="table_roses_sky"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="231">
  <properties>
   <property name="name" value="table_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="240">
  <properties>
   <property name="name" value="gazebo_roof_r0c0"/>
  </properties>
 </tile>
 <tile id="241">
  <properties>
   <property name="name" value="gazebo_roof_r0c1"/>
  </properties>
 </tile>
 <tile id="242">
  <properties>
   <property name="name" value="gazebo_roof_r0c2"/>
  </properties>
 </tile>
 <tile id="243">
  <properties>
   <property name="name" value="gazebo_floor_r0c0"/>
  </properties>
 </tile>
 <tile id="244">
  <properties>
   <property name="name" value="gazebo_floor_r0c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="245">
  <properties>
   <property name="name" value="gazebo_floor_r0c2"/>
  </properties>
 </tile>
 <tile id="246">
  <properties>
   <property name="name" value="oak_r0c0"/>
  </properties>
 </tile>
 <tile id="247">
  <properties>
   <property name="name" value="oak_r0c1"/>
  </properties>
 </tile>
 <tile id="248">
  <properties>
   <property name="name" value="oak_r0c2"/>
  </properties>
 </tile>
 <tile id="249">
  <properties>
   <property name="name" value="oak_r0c3"/>
  </properties>
 </tile>
 <tile id="250">
  <properties>
   <property name="name" value="fountain_r0c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="251">
  <properties>
   <property name="name" value="fountain_r0c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="252">
  <properties>
   <property name="name" value="fountain_r0c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="253">
  <properties>
   <property name="name" value="statue_r0c0"/>
  </properties>
 </tile>
 <tile id="254">
  <properties>
   <property name="name" value="palace_wall_top"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="256">
  <properties>
   <property name="name" value="gazebo_roof_r1c0"/>
  </properties>
 </tile>
 <tile id="257">
  <properties>
   <property name="name" value="gazebo_roof_r1c1"/>
  </properties>
 </tile>
 <tile id="258">
  <properties>
   <property name="name" value="gazebo_roof_r1c2"/>
  </properties>
 </tile>
 <tile id="259">
  <properties>
   <property name="name" value="gazebo_floor_r1c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="260">
  <properties>
   <property name="name" value="gazebo_floor_r1c1"/>
  </properties>
 </tile>
 <tile id="261">
  <properties>
   <property name="name" value="gazebo_floor_r1c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="262">
  <properties>
   <property name="name" value="oak_r1c0"/>
  </properties>
 </tile>
 <tile id="263">
  <properties>
   <property name="name" value="oak_r1c1"/>
  </properties>
 </tile>
 <tile id="264">
  <properties>
   <property name="name" value="oak_r1c2"/>
  </properties>
 </tile>
 <tile id="265">
  <properties>
   <property name="name" value="oak_r1c3"/>
  </properties>
 </tile>
 <tile id="266">
  <properties>
   <property name="name" value="fountain_r1c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="267">
  <properties>
   <property name="name" value="fountain_r1c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="268">
  <properties>
   <property name="name" value="fountain_r1c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="269">
  <properties>
   <property name="name" value="statue_r1c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="270">
  <properties>
   <property name="name" value="palace_wall_face"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="272">
  <properties>
   <property name="name" value="gazebo_roof_r2c0"/>
  </properties>
 </tile>
 <tile id="273">
  <properties>
   <property name="name" value="gazebo_roof_r2c1"/>
  </properties>
 </tile>
 <tile id="274">
  <properties>
   <property name="name" value="gazebo_roof_r2c2"/>
  </properties>
 </tile>
 <tile id="275">
  <properties>
   <property name="name" value="gazebo_floor_r2c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="276">
  <properties>
   <property name="name" value="gazebo_floor_r2c1"/>
  </properties>
 </tile>
 <tile id="277">
  <properties>
   <property name="name" value="gazebo_floor_r2c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="278">
  <properties>
   <property name="name" value="oak_r2c0"/>
  </properties>
 </tile>
 <tile id="279">
  <properties>
   <property name="name" value="oak_r2c1"/>
  </properties>
 </tile>
 <tile id="280">
  <properties>
   <property name="name" value="oak_r2c2"/>
  </properties>
 </tile>
 <tile id="281">
  <properties>
   <property name="name" value="oak_r2c3"/>
  </properties>
 </tile>
 <tile id="282">
  <properties>
   <property name="name" value="fountain_r2c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="283">
  <properties>
   <property name="name" value="fountain_r2c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="284">
  <properties>
   <property name="name" value="fountain_r2c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="286">
  <properties>
   <property name="name" value="palace_wall_base"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="288">
  <properties>
   <property name="name" value="stage_r0c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="289">
  <properties>
   <property name="name" value="stage_r0c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="290">
  <properties>
   <property name="name" value="stage_r0c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="291">
  <properties>
   <property name="name" value="stage_r0c3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="292">
  <properties>
   <property name="name" value="stage_r0c4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="294">
  <properties>
   <property name="name" value="oak_r3c0"/>
  </properties>
 </tile>
 <tile id="295">
  <properties>
   <property name="name" value="oak_r3c1"/>
  </properties>
 </tile>
 <tile id="296">
  <properties>
   <property name="name" value="oak_r3c2"/>
  </properties>
 </tile>
 <tile id="297">
  <properties>
   <property name="name" value="oak_r3c3"/>
  </properties>
 </tile>
 <tile id="298">
  <properties>
   <property name="name" value="palace_doors_r0c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="299">
  <properties>
   <property name="name" value="palace_doors_r0c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="300">
  <properties>
   <property name="name" value="palace_doors_r0c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="301">
  <properties>
   <property name="name" value="palace_doors_r0c3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="304">
  <properties>
   <property name="name" value="stage_r1c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="305">
  <properties>
   <property name="name" value="stage_r1c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="306">
  <properties>
   <property name="name" value="stage_r1c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="307">
  <properties>
   <property name="name" value="stage_r1c3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="308">
  <properties>
   <property name="name" value="stage_r1c4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="310">
  <properties>
   <property name="name" value="oak_r4c0"/>
  </properties>
 </tile>
 <tile id="311">
  <properties>
   <property name="name" value="oak_r4c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="312">
  <properties>
   <property name="name" value="oak_r4c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="313">
  <properties>
   <property name="name" value="oak_r4c3"/>
  </properties>
 </tile>
 <tile id="314">
  <properties>
   <property name="name" value="palace_doors_r1c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="315">
  <properties>
   <property name="name" value="palace_doors_r1c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="316">
  <properties>
   <property name="name" value="palace_doors_r1c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="317">
  <properties>
   <property name="name" value="palace_doors_r1c3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="320">
  <properties>
   <property name="name" value="stage_r2c0"/>
  </properties>
 </tile>
 <tile id="321">
  <properties>
   <property name="name" value="stage_r2c1"/>
  </properties>
 </tile>
 <tile id="322">
  <properties>
   <property name="name" value="stage_r2c2"/>
  </properties>
 </tile>
 <tile id="323">
  <properties>
   <property name="name" value="stage_r2c3"/>
  </properties>
 </tile>
 <tile id="324">
  <properties>
   <property name="name" value="stage_r2c4"/>
  </properties>
 </tile>
 <tile id="330">
  <properties>
   <property name="name" value="palace_doors_r2c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="331">
  <properties>
   <property name="name" value="palace_doors_r2c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="332">
  <properties>
   <property name="name" value="palace_doors_r2c2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="333">
  <properties>
   <property name="name" value="palace_doors_r2c3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="336">
  <properties>
   <property name="name" value="stage_r3c0"/>
  </properties>
 </tile>
 <tile id="337">
  <properties>
   <property name="name" value="stage_r3c1"/>
  </properties>
 </tile>
 <tile id="338">
  <properties>
   <property name="name" value="stage_r3c2"/>
  </properties>
 </tile>
 <tile id="339">
  <properties>
   <property name="name" value="stage_r3c3"/>
  </properties>
 </tile>
 <tile id="340">
  <properties>
   <property name="name" value="stage_r3c4"/>
  </properties>
 </tile>
 <tile id="352">
  <properties>
   <property name="name" value="stage_r4c0"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="353">
  <properties>
   <property name="name" value="stage_r4c1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="354">
  <properties>
   <property name="name" value="stage_r4c2"/>
  </properties>
 </tile>
 <tile id="355">
  <properties>
   <property name="name" value="stage_r4c3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="356">
  <properties>
   <property name="name" value="stage_r4c4"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
</tileset>
