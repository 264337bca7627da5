package io.debrief.plugin.jira;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.SubTaskManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.sal.api.message.I18nResolver;
import io.debrief.core.actionitem.DebriefItemPolicy;
import io.debrief.core.actionitem.RepeatIncidentPolicy;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * At every start, on every node: makes sure the "Incident" issue type, the "Debrief checkpoint" sub-task type and
 * the "Debrief action item" and "Debrief repeat" link types exist, creating each only when neither its stored id nor its name finds it.
 *
 * <p>Find-then-create is idempotent across restarts; two nodes starting at the very same moment could still both
 * create a type (no cluster lock in our API surface): the next start then adopts the one whose id was stored.
 * Admins add the types to their projects' issue type schemes themselves.
 */
@Component
@ExportAsService(LifecycleAware.class)
public class IssueTypeSetup implements LifecycleAware {

    static final String LINK_OUTWARD = "is action item of";
    static final String LINK_INWARD = "has action item";

    private static final Logger LOG = LoggerFactory.getLogger(IssueTypeSetup.class);
    /** No avatar of our own: typed, so the call binds to the avatar-id overload, never the deprecated iconUrl one. */
    private static final Long NO_AVATAR_ID = null;
    /** A user-visible link type has no style (system ones such as sub-tasks have one); typed, as every null we pass Jira. */
    private static final String NORMAL_LINK_STYLE = null;

    private final IssueTypeManager issueTypes;
    private final IssueLinkTypeManager linkTypes;
    private final SubTaskManager subTasks;
    private final I18nResolver i18n;
    private final DebriefTypeIds typeIds;

    @Inject
    public IssueTypeSetup(
            @ComponentImport IssueTypeManager issueTypes,
            @ComponentImport IssueLinkTypeManager linkTypes,
            @ComponentImport SubTaskManager subTasks,
            @ComponentImport I18nResolver i18n,
            DebriefTypeIds typeIds) {
        this.issueTypes = issueTypes;
        this.linkTypes = linkTypes;
        this.subTasks = subTasks;
        this.i18n = i18n;
        this.typeIds = typeIds;
    }

    @Override
    public void onStart() {
        ensureIssueType(
                DebriefTypeIds.INCIDENT_TYPE,
                DebriefItemPolicy.INCIDENT_TYPE,
                false,
                "debrief.jira.issuetype.incident.description");
        ensureIssueType(
                DebriefTypeIds.CHECKPOINT_TYPE,
                DebriefItemPolicy.CHECKPOINT_TYPE,
                true,
                "debrief.jira.issuetype.checkpoint.description");
        ensureLinkType();
        ensureLinkType(
                DebriefTypeIds.REPEAT_LINK_TYPE,
                RepeatIncidentPolicy.LINK_TYPE,
                RepeatIncidentPolicy.LINK_OUTWARD,
                RepeatIncidentPolicy.LINK_INWARD);
        warnIfSubTasksDisabled();
    }

    @Override
    public void onStop() {
        // nothing to release: the types stay, they hold users' issues
    }

    void ensureIssueType(String settingKey, String name, boolean subTask, String descriptionKey) {
        try {
            Optional<String> storedId = typeIds.read(settingKey);
            if (storedId.isPresent() && issueTypes.getIssueType(storedId.get()) != null) {
                return;
            }
            IssueType type = byName(issueTypes.getIssueTypes(), name, subTask);
            if (type == null) {
                String description = i18n.getText(descriptionKey);
                type = subTask
                        ? issueTypes.createSubTaskIssueType(name, description, NO_AVATAR_ID)
                        : issueTypes.createIssueType(name, description, NO_AVATAR_ID);
                LOG.info("Debrief: created issue type '{}' (id {})", name, type.getId());
            }
            typeIds.remember(settingKey, type.getId());
        } catch (Exception e) {
            // a start-up problem must not stop the plugin; the next start tries again
            LOG.error("Debrief: could not set up issue type '{}'", name, e);
        }
    }

    void ensureLinkType() {
        ensureLinkType(
                DebriefTypeIds.ACTION_ITEM_LINK_TYPE,
                DebriefItemPolicy.ACTION_ITEM_LINK_TYPE,
                LINK_OUTWARD,
                LINK_INWARD);
    }

    /** The link type remembered under {@code settingKey}: found by its stored id, else by name, else created. */
    void ensureLinkType(String settingKey, String name, String outward, String inward) {
        try {
            Optional<Long> storedId = typeIds.linkTypeId(settingKey);
            if (storedId.isPresent() && linkTypes.getIssueLinkType(storedId.get()) != null) {
                return;
            }
            IssueLinkType type = first(linkTypes.getIssueLinkTypesByName(name));
            if (type == null) {
                linkTypes.createIssueLinkType(name, outward, inward, NORMAL_LINK_STYLE);
                type = first(linkTypes.getIssueLinkTypesByName(name));
                LOG.info("Debrief: created issue link type '{}'", name);
            }
            if (type != null) {
                typeIds.remember(settingKey, String.valueOf(type.getId()));
            }
        } catch (Exception e) {
            LOG.error("Debrief: could not set up issue link type '{}'", name, e);
        }
    }

    /**
     * Checkpoints are sub-tasks; enabling sub-tasks is an admin decision (and {@code enableSubTasks()}'s signature is
     * unconfirmed for 11), so we only say so.
     */
    boolean warnIfSubTasksDisabled() {
        try {
            if (!subTasks.isSubTasksEnabled()) {
                LOG.warn(
                        "Debrief: sub-tasks are disabled in Jira; checkpoints cannot be opened until an admin enables them");
                return true;
            }
        } catch (Exception e) {
            LOG.error("Debrief: could not check whether sub-tasks are enabled", e);
        }
        return false;
    }

    private static IssueType byName(Collection<IssueType> types, String name, boolean subTask) {
        if (types == null) {
            return null;
        }
        return types.stream()
                .filter(type -> name.equals(type.getName()) && type.isSubTask() == subTask)
                .findFirst()
                .orElse(null);
    }

    private static IssueLinkType first(Collection<IssueLinkType> types) {
        return types == null || types.isEmpty() ? null : types.iterator().next();
    }
}
