package io.debrief.plugin.review.index;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.message.Message;
import com.atlassian.sal.api.upgrade.PluginUpgradeTask;
import io.debrief.core.review.ItemIndexing;
import io.debrief.plugin.DebriefApplication;
import io.debrief.plugin.DebriefPlugin;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Data upgrade 2 (issue 17): fills the new item index from every debrief item Jira holds, so the review pages from
 * it at once on a site that ran an older release. Nothing else is written; running it again rewrites the same rows.
 *
 * <p>SAL runs it once when the plugin's data build number is below {@link #BUILD_NUMBER}, on one node of a cluster.
 */
@ExportAsService(PluginUpgradeTask.class)
@Component
public class Upgrade02FillItemIndex implements PluginUpgradeTask {

    public static final int BUILD_NUMBER = 2;
    private static final Logger LOG = LoggerFactory.getLogger(Upgrade02FillItemIndex.class);

    private final DebriefApplication app;
    private final ItemIndexing.Feed everyItem;

    @Inject
    public Upgrade02FillItemIndex(DebriefApplication app, ItemIndexReconcileJob reconcile) {
        this(app, reconcile.everyItem());
    }

    /** With the items read from somewhere other than Jira (tests). */
    public Upgrade02FillItemIndex(DebriefApplication app, ItemIndexing.Feed everyItem) {
        this.app = app;
        this.everyItem = everyItem;
    }

    @Override
    public int getBuildNumber() {
        return BUILD_NUMBER;
    }

    @Override
    public String getShortDescription() {
        return "Fills the review's item index from the debrief items in Jira";
    }

    /** Null or empty means success (SAL's contract); a failure throws and SAL keeps the old build number. */
    @Override
    public Collection<Message> doUpgrade() {
        ItemIndexing indexing = app.itemIndexing()
                .orElseThrow(() -> new IllegalStateException("the application was built without an item index"));
        indexing.reconcile(everyItem);
        LOG.info("Debrief upgrade {}: item index filled", BUILD_NUMBER);
        return List.of();
    }

    @Override
    public String getPluginKey() {
        return DebriefPlugin.KEY;
    }
}
