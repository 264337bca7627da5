/*
 * How one part of an incident's page tells the others that its action items changed, so each shows the change
 * without a reload: a DOM event on the document, detail {incident, item?}. The Debrief tab sends it with the item it
 * made from a suggestion; the checkpoint form sends it after closing (outcomes may close or re-plan items); the
 * action items section listens (followup/actionitems.js).
 */
export const ITEMS_CHANGED = 'debrief:action-items-changed';

/** Announces that the incident's items changed; `item` (as REST answers it) when one was created or changed. */
export function announceItemsChanged(incident, item) {
    const detail = item ? { incident, item } : { incident };
    window.document.dispatchEvent(new window.CustomEvent(ITEMS_CHANGED, { detail }));
}
