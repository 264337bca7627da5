package io.debrief.plugin.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One suggested action item of a debrief that was made into an issue. SUGGESTION_KEY ("incidentId:QUESTION") is
 * unique, so of two creations from the same suggestion only one INSERT succeeds; ITEM_ID stays empty while the item is
 * being created.
 */
@Preload
@Table("SUGGESTED_ITEM")
public interface SuggestedItemEntity extends Entity {

    @NotNull
    @Unique
    String getSuggestionKey();

    void setSuggestionKey(String suggestionKey);

    @NotNull
    @Indexed
    long getIncidentId();

    void setIncidentId(long incidentId);

    @NotNull
    String getQuestion();

    void setQuestion(String question);

    @NotNull
    long getClaimedAt();

    void setClaimedAt(long claimedAt);

    Long getItemId();

    void setItemId(Long itemId);

    String getItemKey();

    void setItemKey(String itemKey);

    String getItemProjectKey();

    void setItemProjectKey(String itemProjectKey);
}
