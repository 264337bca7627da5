package io.debrief.plugin.jira;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.debrief.plugin.DebriefPlugin;
import jakarta.inject.Inject;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Remembers the ids of the issue types and link type the plugin created, in SAL's global plugin settings (stored in
 * Jira's database, so every node reads the same ids); the type is recognised by id, never by its (renamable) name.
 * Public, with public readers, for the wired tests in {@code it.io.debrief.plugin.jira}.
 */
@Component
// published as a service for the wired tests only (it.io.debrief.*)
@ExportAsService(DebriefTypeIds.class)
public class DebriefTypeIds {

    static final String PLUGIN_KEY = DebriefPlugin.KEY;
    public static final String INCIDENT_TYPE = PLUGIN_KEY + ":incidentIssueTypeId";
    public static final String CHECKPOINT_TYPE = PLUGIN_KEY + ":checkpointIssueTypeId";
    public static final String ACTION_ITEM_LINK_TYPE = PLUGIN_KEY + ":actionItemLinkTypeId";
    public static final String REPEAT_LINK_TYPE = PLUGIN_KEY + ":repeatLinkTypeId";

    private final PluginSettingsFactory settingsFactory;

    @Inject
    public DebriefTypeIds(@ComponentImport PluginSettingsFactory settingsFactory) {
        this.settingsFactory = settingsFactory;
    }

    public Optional<String> incidentTypeId() {
        return read(INCIDENT_TYPE);
    }

    public Optional<String> checkpointTypeId() {
        return read(CHECKPOINT_TYPE);
    }

    public Optional<Long> actionItemLinkTypeId() {
        return linkTypeId(ACTION_ITEM_LINK_TYPE);
    }

    /** The id of the "Debrief repeat" link type (an incident repeats an earlier one). */
    public Optional<Long> repeatLinkTypeId() {
        return linkTypeId(REPEAT_LINK_TYPE);
    }

    Optional<Long> linkTypeId(String key) {
        return read(key).flatMap(DebriefTypeIds::parseLong);
    }

    public boolean isIncidentType(String issueTypeId) {
        return issueTypeId != null
                && incidentTypeId().filter(issueTypeId::equals).isPresent();
    }

    public boolean isCheckpointType(String issueTypeId) {
        return issueTypeId != null
                && checkpointTypeId().filter(issueTypeId::equals).isPresent();
    }

    Optional<String> read(String key) {
        Object value = settings().get(key);
        return value instanceof String text && !text.isBlank() ? Optional.of(text) : Optional.empty();
    }

    public void remember(String key, String id) {
        // SAL stores Strings (and a few collection types) only
        settings().put(key, id);
    }

    private PluginSettings settings() {
        return settingsFactory.createGlobalSettings();
    }

    private static Optional<Long> parseLong(String text) {
        try {
            return Optional.of(Long.valueOf(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
