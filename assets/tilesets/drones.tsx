<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="drones" tilewidth="16" tileheight="16" tilecount="16" columns="8">
 <image source="drones.png" width="128" height="32"/>
 <tile id="0">
  <properties>
   <property name="name" value="drone_hover_r0c0"/>
   <property name="light" value="12,red_light"/>
  </properties>
  <animation>
   <frame tileid="0" duration="180"/>
   <frame tileid="1" duration="180"/>
   <frame tileid="2" duration="180"/>
   <frame tileid="3" duration="180"/>
  </animation>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="drone_hover_r0c0_f2"/>
   <property name="light" value="12,red_light"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="drone_hover_r0c0_f3"/>
   <property name="light" value="12,red_light"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="drone_hover_r0c0_f4"/>
   <property name="light" value="12,red_light"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="drone_eye_sky"/>
   <property name="light" value="10,red_light"/>
  </properties>
  <animation>
   <frame tileid="4" duration="200"/>
   <frame tileid="5" duration="200"/>
   <frame tileid="6" duration="200"/>
   <frame tileid="7" duration="200"/>
  </animation>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="drone_eye_sky_f2"/>
   <property name="light" value="10,red_light"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="drone_eye_sky_f3"/>
   <property name="light" value="10,red_light"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="drone_eye_sky_f4"/>
   <property name="light" value="10,red_light"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="drone_hover_r1c0"/>
  </properties>
  <animation>
   <frame tileid="8" duration="180"/>
   <frame tileid="9" duration="180"/>
   <frame tileid="10" duration="180"/>
   <frame tileid="11" duration="180"/>
  </animation>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="drone_hover_r1c0_f2"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="name" value="drone_hover_r1c0_f3"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="name" value="drone_hover_r1c0_f4"/>
  </properties>
 </tile>
</tileset>
