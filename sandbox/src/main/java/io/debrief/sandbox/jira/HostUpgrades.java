package io.debrief.sandbox.jira;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.message.Message;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.upgrade.PluginUpgradeTask;
import io.debrief.plugin.DebriefPlugin;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Runs the plugin's data upgrade tasks at enable as SAL's upgrade manager does in Jira: the tasks the plugin exports
 * as {@link PluginUpgradeTask}, for its own plugin key, whose build number is above the data build number stored in
 * the global plugin settings ({@code <plugin key>:build}), in ascending order; each success stores its number, so a
 * task runs once per database, and a failed one stops the rest and is tried again at the next enable.
 */
final class HostUpgrades {

    static final String BUILD_KEY = DebriefPlugin.KEY + ":build";

    private HostUpgrades() {}

    /** The build numbers of the tasks that ran, in order. */
    static List<Integer> run(GenericApplicationContext container, PluginSettings global) throws Exception {
        int stored = stored(global);
        List<PluginUpgradeTask> tasks = new ArrayList<>();
        for (String name : container.getBeanNamesForType(PluginUpgradeTask.class)) {
            Object bean = container.getBean(name);
            ExportAsService export = bean.getClass().getAnnotation(ExportAsService.class);
            PluginUpgradeTask task = (PluginUpgradeTask) bean;
            if (export != null
                    && Arrays.asList(export.value()).contains(PluginUpgradeTask.class)
                    && DebriefPlugin.KEY.equals(task.getPluginKey())
                    && task.getBuildNumber() > stored) {
                tasks.add(task);
            }
        }
        tasks.sort(Comparator.comparingInt(PluginUpgradeTask::getBuildNumber));
        List<Integer> ran = new ArrayList<>();
        for (PluginUpgradeTask task : tasks) {
            Collection<Message> errors = task.doUpgrade();
            if (errors != null && !errors.isEmpty()) {
                throw new IllegalStateException("upgrade task " + task.getBuildNumber() + " ("
                        + task.getShortDescription() + ") reported " + errors.size() + " errors");
            }
            global.put(BUILD_KEY, Integer.toString(task.getBuildNumber()));
            ran.add(task.getBuildNumber());
        }
        return ran;
    }

    static int stored(PluginSettings global) {
        Object value = global.get(BUILD_KEY);
        return value == null ? 0 : Integer.parseInt(value.toString());
    }
}
