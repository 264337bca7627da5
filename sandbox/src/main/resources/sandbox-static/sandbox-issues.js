/*
 * The sandbox's issue forms, talking to Jira's REST API v2 exactly as a script would talk to Jira: create an issue
 * (list page) and move an issue through its workflow (issue page, #issue-transitions).
 */
(function () {
  'use strict';

  function text(key, arg) {
    var t = (window.AJS && AJS.I18n && AJS.I18n.getText) ? AJS.I18n.getText(key, arg) : key;
    return t;
  }

  function jiraErrors(body) {
    var messages = (body && body.errorMessages) || [];
    var errors = (body && body.errors) || {};
    Object.keys(errors).forEach(function (field) { messages.push(field + ': ' + errors[field]); });
    return messages.join(' ');
  }

  function send(method, path, json) {
    return fetch(path, {
      method: method,
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: json === undefined ? undefined : JSON.stringify(json)
    }).then(function (response) {
      return response.text().then(function (raw) {
        var body = null;
        try { body = raw ? JSON.parse(raw) : null; } catch (e) { body = { errorMessages: [raw] }; }
        return { status: response.status, body: body };
      });
    });
  }

  document.addEventListener('submit', function (event) {
    var form = event.target.closest && event.target.closest('#create-issue');
    if (!form) {
      return;
    }
    event.preventDefault();
    var data = new FormData(form);
    var fields = {
      project: { key: data.get('project') },
      issuetype: { name: data.get('issuetype') },
      summary: data.get('summary'),
      priority: { name: data.get('priority') }
    };
    if (data.get('component')) {
      fields.components = [{ name: data.get('component') }];
    }
    if (data.get('assignee')) {
      fields.assignee = { name: data.get('assignee') };
    }
    send('POST', '/rest/api/2/issue', { fields: fields }).then(function (reply) {
      if (reply.status === 201) {
        window.location.href = '/browse/' + encodeURIComponent(reply.body.key);
        return;
      }
      var box = document.getElementById('create-issue-errors');
      box.textContent = text('sandbox.issues.create.failed', jiraErrors(reply.body));
      box.classList.remove('hidden');
    });
  });

  function renderTransitions(box, transitions) {
    var key = box.getAttribute('data-key');
    box.textContent = '';
    transitions.forEach(function (transition) {
      var done = transition.to && transition.to.statusCategory && transition.to.statusCategory.key === 'done';
      var group = document.createElement('span');
      group.className = 'sandbox-transition';
      var resolution = null;
      if (done) {
        resolution = document.createElement('select');
        resolution.className = 'select sandbox-resolution';
        resolution.setAttribute('aria-label', text('sandbox.issue.transition.resolution'));
        ['Done', "Won't Do", 'Duplicate', 'Cannot Reproduce'].forEach(function (name) {
          var option = document.createElement('option');
          option.value = name;
          option.textContent = name;
          resolution.appendChild(option);
        });
      }
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'aui-button sandbox-transition-button';
      button.setAttribute('data-transition', transition.id);
      button.textContent = transition.name;
      button.addEventListener('click', function () {
        var body = { transition: { id: transition.id } };
        if (resolution) {
          body.fields = { resolution: { name: resolution.value } };
        }
        send('POST', '/rest/api/2/issue/' + encodeURIComponent(key) + '/transitions', body).then(function (reply) {
          if (reply.status === 204) {
            window.location.reload();
            return;
          }
          box.setAttribute('data-error', text('sandbox.issue.transition.failed', jiraErrors(reply.body)));
          box.appendChild(document.createTextNode(box.getAttribute('data-error')));
        });
      });
      group.appendChild(button);
      if (resolution) {
        group.appendChild(resolution);
      }
      box.appendChild(group);
    });
    box.setAttribute('data-loaded', 'true');
  }

  document.addEventListener('DOMContentLoaded', function () {
    var box = document.getElementById('issue-transitions');
    if (!box) {
      return;
    }
    send('GET', '/rest/api/2/issue/' + encodeURIComponent(box.getAttribute('data-key')) + '/transitions')
      .then(function (reply) {
        renderTransitions(box, reply.status === 200 ? reply.body.transitions : []);
      });
  });
}());
