/*
 * "Link as repeat of KEY" at the top of an Incident's Debrief tab (Debrief.Sharing.repeat): sends
 * POST /rest/debrief/1.0/incidents/{key}/repeat-of {"earlier": KEY} and, once linked, says so in place of the
 * button. A refusal is shown next to the button. Texts are set with textContent only.
 */
import * as Rest from '../shared/rest.js';
import * as start from '../shared/start.js';

/** The refusal's reason when the incident is linked already (RepeatIncidents.ALREADY_LINKED). */
const ALREADY_LINKED = 'debrief.error.repeat.linked';

function link(button) {
    var action = button.parentNode;
    var errors = action.querySelector('.debrief-repeat-errors');
    var incident = button.getAttribute('data-incident');
    var earlier = button.getAttribute('data-earlier');
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    if (errors) {
        errors.textContent = '';
    }
    var path = '/incidents/' + encodeURIComponent(incident) + '/repeat-of';
    return Rest.request('POST', path, { earlier: earlier }).then(
        function () {
            linked(action, earlier);
        },
        function (error) {
            button.disabled = false;
            button.removeAttribute('aria-busy');
            if (error.status === 409 && error.reason === ALREADY_LINKED) {
                // already linked (another tab, another person): the link is there, say so
                linked(action, earlier);
                return;
            }
            if (errors) {
                Rest.showError(errors, error);
            }
        }
    );
}

function linked(action, earlier) {
    var done = document.createElement('p');
    done.className = 'debrief-repeat-linked';
    done.textContent = AJS.I18n.getText('debrief.repeat.linked', earlier);
    action.textContent = '';
    action.appendChild(done);
}

function init(section) {
    section.addEventListener('click', function (event) {
        var button = event.target.closest('button.debrief-repeat-link');
        if (button && !button.disabled) {
            event.preventDefault();
            link(button);
        }
    });
}

start.onContent('section.debrief-repeat', init);

export { link };
