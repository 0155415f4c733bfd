<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="palace" tilewidth="16" tileheight="16" tilecount="352" columns="16">
 <image source="palace.png" width="256" height="352"/>
 <tile id="0">
  <properties>
   <property name="name" value="marble_floor"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="marble_floor_b"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="marble_floor_c"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="marble_floor_d"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="marble_checker"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="marble_checker_red"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="marble_shadow_n"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="marble_shadow_w"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="marble_shadow_nw"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="carpet_red_nw"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="name" value="carpet_red_n"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="name" value="carpet_red_ne"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="name" value="carpet_red_w"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="name" value="carpet_red_c"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="name" value="carpet_red_e"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="name" value="carpet_red_sw"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="name" value="carpet_red_s"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="name" value="carpet_red_se"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="name" value="carpet_gold_nw"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="name" value="carpet_gold_n"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="name" value="carpet_gold_ne"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="name" value="carpet_gold_w"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="name" value="carpet_gold_c"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="name" value="carpet_gold_e"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="name" value="carpet_gold_sw"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="name" value="carpet_gold_s"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="name" value="carpet_gold_se"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="name" value="runner_top"/>
  </properties>
 </tile>
 <tile id="28">
  <properties>
   <property name="name" value="runner_mid"/>
  </properties>
 </tile>
 <tile id="29">
  <properties>
   <property name="name" value="runner_bottom"/>
  </properties>
 </tile>
 <tile id="30">
  <properties>
   <property name="name" value="wall_top_nw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="31">
  <properties>
   <property name="name" value="wall_top_n"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="name" value="wall_top_ne"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="name" value="wall_top_w"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="name" value="wall_top_c"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="name" value="wall_top_e"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="name" value="wall_top_sw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="name" value="wall_top_s"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="name" value="wall_top_se"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="39">
  <properties>
   <property name="name" value="wall_top_inner_nw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="40">
  <properties>
   <property name="name" value="wall_top_inner_ne"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="41">
  <properties>
   <property name="name" value="wall_top_inner_sw"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="42">
  <properties>
   <property name="name" value="wall_top_inner_se"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="43">
  <properties>
   <property name="name" value="wall_face_upper"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="44">
  <properties>
   <property name="name" value="wall_face_lower"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="45">
  <properties>
   <property name="name" value="wall_face_upper_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="46">
  <properties>
   <property name="name" value="wall_face_lower_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="47">
  <properties>
   <property name="name" value="wall_face_upper_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="48">
  <properties>
   <property name="name" value="wall_face_lower_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="49">
  <properties>
   <property name="name" value="window_top"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="50">
  <properties>
   <property name="name" value="window_light_tl"/>
  </properties>
 </tile>
 <tile id="51">
  <properties>
   <property name="name" value="window_light_tr"/>
  </properties>
 </tile>
 <tile id="52">
  <properties>
   <property name="name" value="pillar_top"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="53">
  <properties>
   <property name="name" value="pillar_shaft"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="54">
  <properties>
   <property name="name" value="door_top"/>
  </properties>
 </tile>
 <tile id="55">
  <properties>
   <property name="name" value="door_open_top"/>
  </properties>
 </tile>
 <tile id="56">
  <properties>
   <property name="name" value="double_door_tl"/>
  </properties>
 </tile>
 <tile id="57">
  <properties>
   <property name="name" value="double_door_tr"/>
  </properties>
 </tile>
 <tile id="58">
  <properties>
   <property name="name" value="double_door_open_tl"/>
  </properties>
 </tile>
 <tile id="59">
  <properties>
   <property name="name" value="double_door_open_tr"/>
  </properties>
 </tile>
 <tile id="60">
  <properties>
   <property name="name" value="dais_nw"/>
  </properties>
 </tile>
 <tile id="61">
  <properties>
   <property name="name" value="dais_n"/>
  </properties>
 </tile>
 <tile id="62">
  <properties>
   <property name="name" value="dais_ne"/>
  </properties>
 </tile>
 <tile id="63">
  <properties>
   <property name="name" value="dais_w"/>
  </properties>
 </tile>
 <tile id="64">
  <properties>
   <property name="name" value="dais_c"/>
  </properties>
 </tile>
 <tile id="65">
  <properties>
   <property name="name" value="window_bottom"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="66">
  <properties>
   <property name="name" value="window_light_bl"/>
  </properties>
 </tile>
 <tile id="67">
  <properties>
   <property name="name" value="window_light_br"/>
  </properties>
 </tile>
 <tile id="68">
  <properties>
   <property name="name" value="pillar_bottom"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="69">
  <properties>
   <property name="name" value="dais_e"/>
  </properties>
 </tile>
 <tile id="70">
  <properties>
   <property name="name" value="door_bottom"/>
  </properties>
 </tile>
 <tile id="71">
  <properties>
   <property name="name" value="door_open_bottom"/>
  </properties>
 </tile>
 <tile id="72">
  <properties>
   <property name="name" value="double_door_bl"/>
  </properties>
 </tile>
 <tile id="73">
  <properties>
   <property name="name" value="double_door_br"/>
  </properties>
 </tile>
 <tile id="74">
  <properties>
   <property name="name" value="double_door_open_bl"/>
  </properties>
 </tile>
 <tile id="75">
  <properties>
   <property name="name" value="double_door_open_br"/>
  </properties>
 </tile>
 <tile id="76">
  <properties>
   <property name="name" value="dais_sw"/>
  </properties>
 </tile>
 <tile id="77">
  <properties>
   <property name="name" value="dais_s"/>
  </properties>
 </tile>
 <tile id="78">
  <properties>
   <property name="name" value="dais_se"/>
  </properties>
 </tile>
 <tile id="79">
  <properties>
   <property name="name" value="dais_carpet_c"/>
  </properties>
 </tile>
 <tile id="80">
  <properties>
   <property name="name" value="dais_carpet_s"/>
  </properties>
 </tile>
 <tile id="81">
  <properties>
   <property name="name" value="dais_carpet_n"/>
  </properties>
 </tile>
 <tile id="82">
  <properties>
   <property name="name" value="throne_queen_tl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="83">
  <properties>
   <property name="name" value="throne_queen_tr"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="84">
  <properties>
   <property name="name" value="throne_king_tl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="85">
  <properties>
   <property name="name" value="throne_king_tr"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="86">
  <properties>
   <property name="name" value="bed_tl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="87">
  <properties>
   <property name="name" value="bed_tr"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="88">
  <properties>
   <property name="name" value="table_long_tl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="89">
  <properties>
   <property name="name" value="table_long_tr"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="90">
  <properties>
   <property name="name" value="table_round"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="91">
  <properties>
   <property name="name" value="chair_down"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="92">
  <properties>
   <property name="name" value="chair_up"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="93">
  <properties>
   <property name="name" value="chair_left"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="94">
  <properties>
   <property name="name" value="chair_right"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="95">
  <properties>
   <property name="name" value="ff_console"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="95" duration="200"/>
   <frame tileid="186" duration="200"/>
   <frame tileid="187" duration="200"/>
  </animation>
 </tile>
 <tile id="96">
  <properties>
   <property name="name" value="bookshelf_tl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="97">
  <properties>
   <property name="name" value="bookshelf_tr"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="98">
  <properties>
   <property name="name" value="throne_queen_ml"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="99">
  <properties>
   <property name="name" value="throne_queen_mr"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="100">
  <properties>
   <property name="name" value="throne_king_bl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="101">
  <properties>
   <property name="name" value="throne_king_br"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="102">
  <properties>
   <property name="name" value="bed_ml"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="103">
  <properties>
   <property name="name" value="bed_mr"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="104">
  <properties>
   <property name="name" value="table_long_bl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="105">
  <properties>
   <property name="name" value="table_long_br"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="106">
  <properties>
   <property name="name" value="couch_tl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="107">
  <properties>
   <property name="name" value="couch_tc"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="108">
  <properties>
   <property name="name" value="couch_tr"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="109">
  <properties>
   <property name="name" value="rug_tl"/>
  </properties>
 </tile>
 <tile id="110">
  <properties>
   <property name="name" value="rug_tc"/>
  </properties>
 </tile>
 <tile id="111">
  <properties>
   <property name="name" value="rug_tr"/>
  </properties>
 </tile>
 <tile id="112">
  <properties>
   <property name="name" value="bookshelf_bl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="113">
  <properties>
   <property name="name" value="bookshelf_br"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="114">
  <properties>
   <property name="name" value="throne_queen_bl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="115">
  <properties>
   <property name="name" value="throne_queen_br"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="116">
  <properties>
   <property name="name" value="plant_top"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="117">
  <properties>
   <property name="name" value="vase_top"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="118">
  <properties>
   <property name="name" value="bed_bl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="119">
  <properties>
   <property name="name" value="bed_br"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="120">
  <properties>
   <property name="name" value="wall_panel_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="120" duration="400"/>
   <frame tileid="128" duration="400"/>
   <frame tileid="130" duration="400"/>
  </animation>
 </tile>
 <tile id="121">
  <properties>
   <property name="name" value="wall_panel_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="121" duration="400"/>
   <frame tileid="129" duration="400"/>
   <frame tileid="131" duration="400"/>
  </animation>
 </tile>
 <tile id="122">
  <properties>
   <property name="name" value="couch_bl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="123">
  <properties>
   <property name="name" value="couch_bc"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="124">
  <properties>
   <property name="name" value="couch_br"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="125">
  <properties>
   <property name="name" value="rug_bl"/>
  </properties>
 </tile>
 <tile id="126">
  <properties>
   <property name="name" value="rug_bc"/>
  </properties>
 </tile>
 <tile id="127">
  <properties>
   <property name="name" value="rug_br"/>
  </properties>
 </tile>
 <tile id="128">
  <properties>
   <property name="name" value="wall_panel_l_f1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="129">
  <properties>
   <property name="name" value="wall_panel_r_f1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="130">
  <properties>
   <property name="name" value="wall_panel_l_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="131">
  <properties>
   <property name="name" value="wall_panel_r_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="132">
  <properties>
   <property name="name" value="plant_bottom"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="133">
  <properties>
   <property name="name" value="vase_bottom"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="134">
  <properties>
   <property name="name" value="banner_blue_top"/>
  </properties>
 </tile>
 <tile id="135">
  <properties>
   <property name="name" value="banner_red_top"/>
  </properties>
 </tile>
 <tile id="136">
  <properties>
   <property name="name" value="weapon_rack_tl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="137">
  <properties>
   <property name="name" value="weapon_rack_tr"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="138">
  <properties>
   <property name="name" value="mannequin_top"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="139">
  <properties>
   <property name="name" value="workbench_tl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="140">
  <properties>
   <property name="name" value="workbench_tc"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="141">
  <properties>
   <property name="name" value="workbench_tr"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="142">
  <properties>
   <property name="name" value="suit_machine_tl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="143">
  <properties>
   <property name="name" value="suit_machine_tr"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="144">
  <properties>
   <property name="name" value="portal_tl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="144" duration="120"/>
   <frame tileid="146" duration="120"/>
   <frame tileid="148" duration="120"/>
   <frame tileid="166" duration="120"/>
  </animation>
 </tile>
 <tile id="145">
  <properties>
   <property name="name" value="portal_tr"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="145" duration="120"/>
   <frame tileid="147" duration="120"/>
   <frame tileid="149" duration="120"/>
   <frame tileid="167" duration="120"/>
  </animation>
 </tile>
 <tile id="146">
  <properties>
   <property name="name" value="portal_tl_f1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="147">
  <properties>
   <property name="name" value="portal_tr_f1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="148">
  <properties>
   <property name="name" value="portal_tl_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="149">
  <properties>
   <property name="name" value="portal_tr_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="150">
  <properties>
   <property name="name" value="banner_blue_bottom"/>
  </properties>
 </tile>
 <tile id="151">
  <properties>
   <property name="name" value="banner_red_bottom"/>
  </properties>
 </tile>
 <tile id="152">
  <properties>
   <property name="name" value="weapon_rack_bl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="153">
  <properties>
   <property name="name" value="weapon_rack_br"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="154">
  <properties>
   <property name="name" value="mannequin_bottom"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="155">
  <properties>
   <property name="name" value="workbench_bl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="156">
  <properties>
   <property name="name" value="workbench_bc"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="157">
  <properties>
   <property name="name" value="workbench_br"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="158">
  <properties>
   <property name="name" value="suit_machine_ml"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="159">
  <properties>
   <property name="name" value="suit_machine_mr"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="160">
  <properties>
   <property name="name" value="portal_ml"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="160" duration="120"/>
   <frame tileid="162" duration="120"/>
   <frame tileid="164" duration="120"/>
   <frame tileid="182" duration="120"/>
  </animation>
 </tile>
 <tile id="161">
  <properties>
   <property name="name" value="portal_mr"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="161" duration="120"/>
   <frame tileid="163" duration="120"/>
   <frame tileid="165" duration="120"/>
   <frame tileid="183" duration="120"/>
  </animation>
 </tile>
 <tile id="162">
  <properties>
   <property name="name" value="portal_ml_f1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="163">
  <properties>
   <property name="name" value="portal_mr_f1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="164">
  <properties>
   <property name="name" value="portal_ml_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="165">
  <properties>
   <property name="name" value="portal_mr_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="166">
  <properties>
   <property name="name" value="portal_tl_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="167">
  <properties>
   <property name="name" value="portal_tr_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="168">
  <properties>
   <property name="name" value="command_screen_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="168" duration="180"/>
   <frame tileid="170" duration="180"/>
   <frame tileid="172" duration="180"/>
   <frame tileid="184" duration="180"/>
  </animation>
 </tile>
 <tile id="169">
  <properties>
   <property name="name" value="command_screen_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="169" duration="180"/>
   <frame tileid="171" duration="180"/>
   <frame tileid="173" duration="180"/>
   <frame tileid="185" duration="180"/>
  </animation>
 </tile>
 <tile id="170">
  <properties>
   <property name="name" value="command_screen_l_f1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="171">
  <properties>
   <property name="name" value="command_screen_r_f1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="172">
  <properties>
   <property name="name" value="command_screen_l_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="173">
  <properties>
   <property name="name" value="command_screen_r_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="174">
  <properties>
   <property name="name" value="suit_machine_bl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="175">
  <properties>
   <property name="name" value="suit_machine_br"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="176">
  <properties>
   <property name="name" value="portal_bl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="176" duration="120"/>
   <frame tileid="178" duration="120"/>
   <frame tileid="180" duration="120"/>
   <frame tileid="198" duration="120"/>
  </animation>
 </tile>
 <tile id="177">
  <properties>
   <property name="name" value="portal_br"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="177" duration="120"/>
   <frame tileid="179" duration="120"/>
   <frame tileid="181" duration="120"/>
   <frame tileid="199" duration="120"/>
  </animation>
 </tile>
 <tile id="178">
  <properties>
   <property name="name" value="portal_bl_f1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="179">
  <properties>
   <property name="name" value="portal_br_f1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="180">
  <properties>
   <property name="name" value="portal_bl_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="181">
  <properties>
   <property name="name" value="portal_br_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="182">
  <properties>
   <property name="name" value="portal_ml_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="183">
  <properties>
   <property name="name" value="portal_mr_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="184">
  <properties>
   <property name="name" value="command_screen_l_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="185">
  <properties>
   <property name="name" value="command_screen_r_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="186">
  <properties>
   <property name="name" value="ff_console_f1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="187">
  <properties>
   <property name="name" value="ff_console_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="188">
  <properties>
   <property name="name" value="cell_glass_top"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="189">
  <properties>
   <property name="name" value="cell_post_top"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="190">
  <properties>
   <property name="name" value="stone_floor"/>
  </properties>
 </tile>
 <tile id="191">
  <properties>
   <property name="name" value="stone_floor_b"/>
  </properties>
 </tile>
 <tile id="192">
  <properties>
   <property name="name" value="sand"/>
  </properties>
 </tile>
 <tile id="193">
  <properties>
   <property name="name" value="sand_b"/>
  </properties>
 </tile>
 <tile id="194">
  <properties>
   <property name="name" value="sand_c"/>
  </properties>
 </tile>
 <tile id="195">
  <properties>
   <property name="name" value="tier_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="196">
  <properties>
   <property name="name" value="tier_m"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="197">
  <properties>
   <property name="name" value="tier_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="198">
  <properties>
   <property name="name" value="portal_bl_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="199">
  <properties>
   <property name="name" value="portal_br_f3"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="200">
  <properties>
   <property name="name" value="tier_cushion"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="201">
  <properties>
   <property name="name" value="fountain_tl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="201" duration="220"/>
   <frame tileid="208" duration="220"/>
   <frame tileid="211" duration="220"/>
  </animation>
 </tile>
 <tile id="202">
  <properties>
   <property name="name" value="fountain_tc"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="202" duration="220"/>
   <frame tileid="209" duration="220"/>
   <frame tileid="212" duration="220"/>
  </animation>
 </tile>
 <tile id="203">
  <properties>
   <property name="name" value="fountain_tr"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="203" duration="220"/>
   <frame tileid="210" duration="220"/>
   <frame tileid="213" duration="220"/>
  </animation>
 </tile>
 <tile id="204">
  <properties>
   <property name="name" value="cell_glass_bottom"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="205">
  <properties>
   <property name="name" value="cell_post_bottom"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="206">
  <properties>
   <property name="name" value="stove_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="206" duration="200"/>
   <frame tileid="214" duration="200"/>
  </animation>
 </tile>
 <tile id="207">
  <properties>
   <property name="name" value="stove_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="207" duration="200"/>
   <frame tileid="215" duration="200"/>
  </animation>
 </tile>
 <tile id="208">
  <properties>
   <property name="name" value="fountain_tl_f1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="209">
  <properties>
   <property name="name" value="fountain_tc_f1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="210">
  <properties>
   <property name="name" value="fountain_tr_f1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="211">
  <properties>
   <property name="name" value="fountain_tl_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="212">
  <properties>
   <property name="name" value="fountain_tc_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="213">
  <properties>
   <property name="name" value="fountain_tr_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="214">
  <properties>
   <property name="name" value="stove_l_f1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="215">
  <properties>
   <property name="name" value="stove_r_f1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="216">
  <properties>
   <property name="name" value="counter_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="217">
  <properties>
   <property name="name" value="fountain_ml"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="217" duration="220"/>
   <frame tileid="224" duration="220"/>
   <frame tileid="227" duration="220"/>
  </animation>
 </tile>
 <tile id="218">
  <properties>
   <property name="name" value="fountain_c"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="218" duration="220"/>
   <frame tileid="225" duration="220"/>
   <frame tileid="228" duration="220"/>
  </animation>
 </tile>
 <tile id="219">
  <properties>
   <property name="name" value="fountain_mr"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="219" duration="220"/>
   <frame tileid="226" duration="220"/>
   <frame tileid="229" duration="220"/>
  </animation>
 </tile>
 <tile id="220">
  <properties>
   <property name="name" value="counter_m"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="221">
  <properties>
   <property name="name" value="counter_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="222">
  <properties>
   <property name="name" value="jar_shelf_top"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="223">
  <properties>
   <property name="name" value="tray"/>
  </properties>
 </tile>
 <tile id="224">
  <properties>
   <property name="name" value="fountain_ml_f1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="225">
  <properties>
   <property name="name" value="fountain_c_f1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="226">
  <properties>
   <property name="name" value="fountain_mr_f1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="227">
  <properties>
   <property name="name" value="fountain_ml_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="228">
  <properties>
   <property name="name" value="fountain_c_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="229">
  <properties>
   <property name="name" value="fountain_mr_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="230">
  <properties>
   <property name="name" value="crate"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="231">
  <properties>
   <property name="name" value="crate_crest"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="232">
  <properties>
   <property name="name" value="crate_stack_top"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="233">
  <properties>
   <property name="name" value="fountain_bl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="233" duration="220"/>
   <frame tileid="240" duration="220"/>
   <frame tileid="243" duration="220"/>
  </animation>
 </tile>
 <tile id="234">
  <properties>
   <property name="name" value="fountain_bc"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="234" duration="220"/>
   <frame tileid="241" duration="220"/>
   <frame tileid="244" duration="220"/>
  </animation>
 </tile>
 <tile id="235">
  <properties>
   <property name="name" value="fountain_br"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
  <animation>
   <frame tileid="235" duration="220"/>
   <frame tileid="242" duration="220"/>
   <frame tileid="245" duration="220"/>
  </animation>
 </tile>
 <tile id="236">
  <properties>
   <property name="name" value="barrel"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="237">
  <properties>
   <property name="name" value="sconce"/>
   <property name="light" value="40,orange"/>
  </properties>
  <animation>
   <frame tileid="237" duration="140"/>
   <frame tileid="239" duration="140"/>
   <frame tileid="246" duration="140"/>
   <frame tileid="247" duration="140"/>
  </animation>
 </tile>
 <tile id="238">
  <properties>
   <property name="name" value="jar_shelf_bottom"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="239">
  <properties>
   <property name="name" value="sconce_f1"/>
   <property name="light" value="40,orange"/>
  </properties>
 </tile>
 <tile id="240">
  <properties>
   <property name="name" value="fountain_bl_f1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="241">
  <properties>
   <property name="name" value="fountain_bc_f1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="242">
  <properties>
   <property name="name" value="fountain_br_f1"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="243">
  <properties>
   <property name="name" value="fountain_bl_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="244">
  <properties>
   <property name="name" value="fountain_bc_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="245">
  <properties>
   <property name="name" value="fountain_br_f2"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="246">
  <properties>
   <property name="name" value="sconce_f2"/>
   <property name="light" value="40,orange"/>
  </properties>
 </tile>
 <tile id="247">
  <properties>
   <property name="name" value="sconce_f3"/>
   <property name="light" value="40,orange"/>
  </properties>
 </tile>
 <tile id="248">
  <properties>
   <property name="name" value="crate_stack_bottom"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="249">
  <properties>
   <property name="name" value="chandelier_tl"/>
   <property name="light" value="30,gold"/>
  </properties>
 </tile>
 <tile id="250">
  <properties>
   <property name="name" value="chandelier_tr"/>
   <property name="light" value="30,gold"/>
  </properties>
 </tile>
 <tile id="251">
  <properties>
   <property name="name" value="floor_lamp_top"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="36,pale_gold"/>
  </properties>
 </tile>
 <tile id="252">
  <properties>
   <property name="name" value="shaft_sun_tl"/>
  </properties>
 </tile>
 <tile id="253">
  <properties>
   <property name="name" value="shaft_sun_tr"/>
  </properties>
 </tile>
 <tile id="254">
  <properties>
   <property name="name" value="shaft_moon_tl"/>
  </properties>
 </tile>
 <tile id="255">
  <properties>
   <property name="name" value="shaft_moon_tr"/>
  </properties>
 </tile>
 <tile id="256">
  <properties>
   <property name="name" value="tapestry_red_tl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="257">
  <properties>
   <property name="name" value="tapestry_red_tr"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="258">
  <properties>
   <property name="name" value="tapestry_blue_tl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="259">
  <properties>
   <property name="name" value="tapestry_blue_tr"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="260">
  <properties>
   <property name="name" value="painting"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="261">
  <properties>
   <property name="name" value="wall_shelf_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="262">
  <properties>
   <property name="name" value="wall_shelf_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="263">
  <properties>
   <property name="name" value="court_bench_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="264">
  <properties>
   <property name="name" value="court_bench_m"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="265">
  <properties>
   <property name="name" value="chandelier_bl"/>
   <property name="light" value="30,gold"/>
  </properties>
 </tile>
 <tile id="266">
  <properties>
   <property name="name" value="chandelier_br"/>
   <property name="light" value="30,gold"/>
  </properties>
 </tile>
 <tile id="267">
  <properties>
   <property name="name" value="floor_lamp_bottom"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="268">
  <properties>
   <property name="name" value="shaft_sun_bl"/>
  </properties>
 </tile>
 <tile id="269">
  <properties>
   <property name="name" value="shaft_sun_br"/>
  </properties>
 </tile>
 <tile id="270">
  <properties>
   <property name="name" value="shaft_moon_bl"/>
  </properties>
 </tile>
 <tile id="271">
  <properties>
   <property name="name" value="shaft_moon_br"/>
  </properties>
 </tile>
 <tile id="272">
  <properties>
   <property name="name" value="tapestry_red_bl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="273">
  <properties>
   <property name="name" value="tapestry_red_br"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="274">
  <properties>
   <property name="name" value="tapestry_blue_bl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="275">
  <properties>
   <property name="name" value="tapestry_blue_br"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="276">
  <properties>
   <property name="name" value="court_bench_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="277">
  <properties>
   <property name="name" value="courtier_a_top"/>
  </properties>
 </tile>
 <tile id="278">
  <properties>
   <property name="name" value="courtier_b_top"/>
  </properties>
 </tile>
 <tile id="279">
  <properties>
   <property name="name" value="courtier_c_top"/>
  </properties>
 </tile>
 <tile id="280">
  <properties>
   <property name="name" value="wardrobe_tl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="281">
  <properties>
   <property name="name" value="wardrobe_tr"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="282">
  <properties>
   <property name="name" value="desk_l"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="283">
  <properties>
   <property name="name" value="desk_r"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="284">
  <properties>
   <property name="name" value="chest"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="285">
  <properties>
   <property name="name" value="candelabrum_top"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="34,gold"/>
  </properties>
 </tile>
 <tile id="286">
  <properties>
   <property name="name" value="side_table"/>
   <property name="solid" type="bool" value="true"/>
   <property name="light" value="22,pale_gold"/>
  </properties>
 </tile>
 <tile id="287">
  <properties>
   <property name="name" value="tree_pot_top"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="288">
  <properties>
   <property name="name" value="big_rug_red_r0c0"/>
  </properties>
 </tile>
 <tile id="289">
  <properties>
   <property name="name" value="big_rug_red_r0c1"/>
  </properties>
 </tile>
 <tile id="290">
  <properties>
   <property name="name" value="big_rug_red_r0c2"/>
  </properties>
 </tile>
 <tile id="291">
  <properties>
   <property name="name" value="big_rug_red_r0c3"/>
  </properties>
 </tile>
 <tile id="292">
  <properties>
   <property name="name" value="cushions"/>
  </properties>
 </tile>
 <tile id="293">
  <properties>
   <property name="name" value="courtier_a_bottom"/>
  </properties>
 </tile>
 <tile id="294">
  <properties>
   <property name="name" value="courtier_b_bottom"/>
  </properties>
 </tile>
 <tile id="295">
  <properties>
   <property name="name" value="courtier_c_bottom"/>
  </properties>
 </tile>
 <tile id="296">
  <properties>
   <property name="name" value="wardrobe_bl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="297">
  <properties>
   <property name="name" value="wardrobe_br"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="298">
  <properties>
   <property name="name" value="scrolls"/>
  </properties>
 </tile>
 <tile id="299">
  <properties>
   <property name="name" value="dresser_tl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="300">
  <properties>
   <property name="name" value="dresser_tr"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="301">
  <properties>
   <property name="name" value="candelabrum_bottom"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="303">
  <properties>
   <property name="name" value="tree_pot_bottom"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="304">
  <properties>
   <property name="name" value="big_rug_red_r1c0"/>
  </properties>
 </tile>
 <tile id="305">
  <properties>
   <property name="name" value="big_rug_red_r1c1"/>
  </properties>
 </tile>
 <tile id="306">
  <properties>
   <property name="name" value="big_rug_red_r1c2"/>
  </properties>
 </tile>
 <tile id="307">
  <properties>
   <property name="name" value="big_rug_red_r1c3"/>
  </properties>
 </tile>
 <tile id="308">
  <properties>
   <property name="name" value="big_rug_blue_r0c0"/>
  </properties>
 </tile>
 <tile id="309">
  <properties>
   <property name="name" value="big_rug_blue_r0c1"/>
  </properties>
 </tile>
 <tile id="310">
  <properties>
   <property name="name" value="big_rug_blue_r0c2"/>
  </properties>
 </tile>
 <tile id="311">
  <properties>
   <property name="name" value="big_rug_blue_r0c3"/>
  </properties>
 </tile>
 <tile id="315">
  <properties>
   <property name="name" value="dresser_bl"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="316">
  <properties>
   <property name="name" value="dresser_br"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="320">
  <properties>
   <property name="name" value="big_rug_red_r2c0"/>
  </properties>
 </tile>
 <tile id="321">
  <properties>
   <property name="name" value="big_rug_red_r2c1"/>
  </properties>
 </tile>
 <tile id="322">
  <properties>
   <property name="name" value="big_rug_red_r2c2"/>
  </properties>
 </tile>
 <tile id="323">
  <properties>
   <property name="name" value="big_rug_red_r2c3"/>
  </properties>
 </tile>
 <tile id="324">
  <properties>
   <property name="name" value="big_rug_blue_r1c0"/>
  </properties>
 </tile>
 <tile id="325">
  <properties>
   <property name="name" value="big_rug_blue_r1c1"/>
  </properties>
 </tile>
 <tile id="326">
  <properties>
   <property name="name" value="big_rug_blue_r1c2"/>
  </properties>
 </tile>
 <tile id="327">
  <properties>
   <property name="name" value="big_rug_blue_r1c3"/>
  </properties>
 </tile>
 <tile id="340">
  <properties>
   <property name="name" value="big_rug_blue_r2c0"/>
  </properties>
 </tile>
 <tile id="341">
  <properties>
   <property name="name" value="big_rug_blue_r2c1"/>
  </properties>
 </tile>
 <tile id="342">
  <properties>
   <property name="name" value="big_rug_blue_r2c2"/>
  </properties>
 </tile>
 <tile id="343">
  <properties>
   <property name="name" value="big_rug_blue_r2c3"/>
  </properties>
 </tile>
</tileset>
