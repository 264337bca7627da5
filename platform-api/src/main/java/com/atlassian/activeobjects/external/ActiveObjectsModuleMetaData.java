// Mirrors: com.atlassian.activeobjects.external.ActiveObjectsModuleMetaData from activeobjects-plugin (Platform 8);
// source: [S5] ngannk-fptu/Decompiled-Files
// com.atlassian.activeobjects.activeobjects-plugin-5.2.1/com/atlassian/activeobjects/external/ActiveObjectsModuleMetaData.java (5.2.1). Evidence: C(existence)
// No members declared: only needed as the return type of ActiveObjects.moduleMetaData(); the plugin does not call it.
package com.atlassian.activeobjects.external;

/** Metadata about the plugin's AO module (initialisation state, database type). */
public interface ActiveObjectsModuleMetaData {}
