package io.debrief.sandbox.jira;

import static io.debrief.sandbox.jira.NotHosted.notHosted;

import com.atlassian.jira.config.properties.APKeys;
import com.atlassian.jira.config.properties.ApplicationProperties;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.Message;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.soy.renderer.SoyException;
import com.atlassian.soy.renderer.SoyTemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import io.debrief.sandbox.I18n;
import io.debrief.sandbox.SandboxContext;
import io.debrief.sandbox.SandboxSettingEntity;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The platform services around the plugin: application properties (Jira's shipped defaults), i18n over every bundle
 * on the class path (SAL answers the key itself for an unknown key), the Soy renderer (every template is compiled at
 * start, so the module key only says where Jira would look), the page builder (records what a page requires; the
 * sandbox's pages load every web-resource anyway) and SAL plugin settings, stored in the database so every node reads
 * the same values; like SAL, they hold Strings only here (the plugin stores nothing else).
 */
final class HostPlatform
        implements ApplicationProperties,
                I18nResolver,
                I18nHelper,
                SoyTemplateRenderer,
                PageBuilderService,
                PluginSettingsFactory {

    static final String DEFAULT_DATE_PICKER_FORMAT = "d/MMM/yy";
    private static final String SETTINGS_PREFIX = "pluginsettings.";

    private final SandboxContext host;

    HostPlatform(SandboxContext host) {
        this.host = host;
    }

    I18n i18n() {
        return host.i18n();
    }

    String datePickerFormat() {
        return getDefaultBackedString(APKeys.JIRA_DATE_PICKER_JAVA_FORMAT);
    }

    @Override
    public String getDefaultBackedString(String name) {
        return APKeys.JIRA_DATE_PICKER_JAVA_FORMAT.equals(name) ? DEFAULT_DATE_PICKER_FORMAT : null;
    }

    // --- I18nResolver / I18nHelper

    @Override
    public String getText(String key) {
        return host.i18n().getText(key);
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        return host.i18n().getText(key, (Object[]) arguments);
    }

    @Override
    public String getText(String key, String value1) {
        return host.i18n().getText(key, value1);
    }

    @Override
    public String getText(String key, Object parameters) {
        return parameters instanceof Object[] array
                ? host.i18n().getText(key, array)
                : parameters instanceof List<?> list
                        ? host.i18n().getText(key, list.toArray())
                        : host.i18n().getText(key, parameters);
    }

    @Override
    public Locale getLocale() {
        return Locale.ENGLISH;
    }

    // --- SoyTemplateRenderer

    @Override
    public String render(String completeModuleKey, String templateName, Map<String, Object> data) throws SoyException {
        try {
            return host.soy().render(templateName, data);
        } catch (RuntimeException e) {
            throw new SoyException("could not render " + templateName + " of " + completeModuleKey, e);
        }
    }

    @Override
    public void render(Appendable appendable, String completeModuleKey, String templateName, Map<String, Object> data)
            throws SoyException {
        try {
            appendable.append(render(completeModuleKey, templateName, data));
        } catch (IOException e) {
            throw new SoyException(e);
        }
    }

    // --- PageBuilderService

    @Override
    public WebResourceAssembler assembler() {
        return () -> new RequiredResources() {
            @Override
            public RequiredResources requireWebResource(String moduleCompleteKey) {
                io.debrief.sandbox.PageRequirements.require(moduleCompleteKey);
                return this;
            }

            @Override
            public RequiredResources requireContext(String context) {
                io.debrief.sandbox.PageRequirements.require("context:" + context);
                return this;
            }
        };
    }

    // --- PluginSettingsFactory

    @Override
    public PluginSettings createGlobalSettings() {
        return settings(SETTINGS_PREFIX + "global.");
    }

    @Override
    public PluginSettings createSettingsForKey(String key) {
        return settings(SETTINGS_PREFIX + key + ".");
    }

    private PluginSettings settings(String prefix) {
        return new PluginSettings() {
            @Override
            public Object get(String key) {
                SandboxSettingEntity row = row(prefix + key);
                return row == null ? null : row.getText();
            }

            @Override
            public Object put(String key, Object value) {
                if (value != null && !(value instanceof String)) {
                    throw new IllegalArgumentException("the sandbox's plugin settings hold Strings: " + key);
                }
                return host.inTransaction(() -> {
                    SandboxSettingEntity row = row(prefix + key);
                    Object old = row == null ? null : row.getText();
                    if (value == null) {
                        remove(key);
                    } else if (row == null) {
                        HostPeople.sql(() -> host.entityManager()
                                .create(
                                        SandboxSettingEntity.class,
                                        new DBParam("NAME", prefix + key),
                                        new DBParam("TEXT", value)));
                    } else {
                        row.setText((String) value);
                        row.save();
                    }
                    return old;
                });
            }

            @Override
            public Object remove(String key) {
                SandboxSettingEntity row = row(prefix + key);
                if (row == null) {
                    return null;
                }
                HostPeople.sql(
                        () -> host.entityManager().deleteWithSQL(SandboxSettingEntity.class, "NAME = ?", prefix + key));
                return row.getText();
            }
        };
    }

    private SandboxSettingEntity row(String name) {
        SandboxSettingEntity[] found = HostPeople.sql(() -> host.entityManager()
                .find(SandboxSettingEntity.class, Query.select().where("NAME = ?", name)));
        return found.length == 0 ? null : found[0];
    }

    // overloads the plugin does not call (declared by the stand-ins so that ambiguity shows; see NotHosted)

    @Override
    public String getText(Locale arg0, String arg1, Serializable... arg2) {
        throw notHosted("getText");
    }

    @Override
    public String getText(Locale arg0, String arg1) {
        throw notHosted("getText");
    }

    @Override
    public String getText(Message arg0) {
        throw notHosted("getText");
    }

    @Override
    public String getText(Locale arg0, Message arg1) {
        throw notHosted("getText");
    }

    @Override
    public void render(Appendable arg0, String arg1, String arg2, Map<String, Object> arg3, Map<String, Object> arg4)
            throws SoyException {
        throw notHosted("render");
    }
}
