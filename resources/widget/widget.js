/* The connect widget: lists the session's sources, starts OAuth flows,
   takes passwords and e-mail addresses, explains SDK sources, ends on a
   success or failure screen, and reports what happens to the service.

   The page is /widget/<session>; every request goes to a path relative to
   it, so the widget works wherever the service is mounted. */
(function () {
  'use strict';

  var STRINGS = window.LinkdeckStrings || {};
  var LANGUAGES = ['en', 'de'];

  var sessionId = (function () {
    var parts = window.location.pathname.split('/').filter(function (part) { return part.length > 0; });
    return parts.length ? decodeURIComponent(parts[parts.length - 1]) : '';
  })();
  var params = new URLSearchParams(window.location.search);

  var state = {
    view: null,
    language: 'en',
    source: null, // the source chosen
    connected: [], // keys connected in this page
    screen: 'loading',
    busy: false,
    redirectTimer: 0
  };

  function $(id) { return document.getElementById(id); }

  // ---- Strings -------------------------------------------------------------

  function t(key, values) {
    var table = STRINGS[state.language] || STRINGS.en || {};
    var text = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : (STRINGS.en || {})[key];
    if (typeof text !== 'string')
      return key;
    return text.replace(/\{(\w+)\}/g, function (match, name) {
      return values && Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : match;
    });
  }

  function appName() { return state.view ? state.view.application : ''; }

  function names(source) { return { name: source ? source.name : '', app: appName() }; }

  function applyStrings() {
    document.documentElement.lang = state.language;
    document.title = t('title');
    Array.prototype.forEach.call(document.querySelectorAll('[data-i18n]'), function (element) {
      element.textContent = t(element.getAttribute('data-i18n'));
    });
    Array.prototype.forEach.call(document.querySelectorAll('[data-i18n-label]'), function (element) {
      element.setAttribute('aria-label', t(element.getAttribute('data-i18n-label')));
    });
    Array.prototype.forEach.call(document.querySelectorAll('[data-i18n-placeholder]'), function (element) {
      element.setAttribute('placeholder', t(element.getAttribute('data-i18n-placeholder')));
    });
  }

  function pickLanguage(language) {
    language = String(language || '').toLowerCase().slice(0, 2);
    return LANGUAGES.indexOf(language) >= 0 ? language : 'en';
  }

  // ---- Theme ---------------------------------------------------------------

  function applyTheme() {
    var theme = params.get('theme');
    // Kept for the session in this tab: back from a provider (with a
    // result), the page's address no longer has it.
    var key = 'linkdeck.theme.' + sessionId;
    try {
      if (theme === 'light' || theme === 'dark')
        window.sessionStorage.setItem(key, theme);
      else if (params.has('result'))
        theme = window.sessionStorage.getItem(key);
    } catch (e) { /* no storage: the address's theme only */ }
    if (theme === 'light' || theme === 'dark')
      document.documentElement.setAttribute('data-theme', theme);
  }

  // ---- Talking to the service ----------------------------------------------

  function endpoint(path) {
    return encodeURIComponent(sessionId) + '/' + path;
  }

  function request(method, path, body) {
    var init = { method: method, credentials: 'same-origin', cache: 'no-store', headers: {} };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(endpoint(path), init).then(function (response) {
      return response.text().then(function (text) {
        var json = {};
        try { json = text ? JSON.parse(text) : {}; } catch (e) { json = {}; }
        return { ok: response.ok, status: response.status, json: json };
      });
    }, function () {
      return { ok: false, status: 0, json: { error: 'NETWORK_ERROR' } };
    });
  }

  /** Reports @p kind (OPEN, SELECT_SOURCE, …); never fails. */
  function report(kind, extra) {
    var body = { event: kind };
    if (extra && extra.source)
      body.source = extra.source;
    if (extra && extra.code)
      body.code = extra.code;
    return fetch(endpoint('events'), {
      method: 'POST',
      credentials: 'same-origin',
      keepalive: true,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body)
    }).then(function () { return true; }, function () { return false; });
  }

  function errorCode(answer) {
    var code = answer && answer.json && typeof answer.json.error === 'string' ? answer.json.error : '';
    return /^[A-Z][A-Z0-9_]*$/.test(code) ? code : 'HTTP_' + (answer ? answer.status : 0);
  }

  // ---- Screens -------------------------------------------------------------

  var SCREENS = ['loading', 'list', 'form', 'sdk', 'success', 'failure', 'end'];

  function show(screen, focusTarget) {
    state.screen = screen;
    SCREENS.forEach(function (name) {
      $(name + 'Screen').hidden = name !== screen;
    });
    $('card').setAttribute('aria-busy', screen === 'loading' ? 'true' : 'false');
    $('backButton').hidden = !(screen === 'form' || screen === 'sdk' || screen === 'failure');
    $('closeButton').hidden = screen === 'end';
    // The invitation belongs to the list; other screens have their own title.
    $('subtitle').hidden = screen !== 'list';
    if (focusTarget)
      focusTarget.focus();
  }

  function showLoading(text) {
    $('loadingText').textContent = text || t('loading');
    show('loading');
  }

  function showEnd(title, body) {
    $('endTitle').textContent = title;
    $('endBody').textContent = body || '';
    show('end');
  }

  // ---- Source list ---------------------------------------------------------

  function initials(name) {
    var words = String(name || '?').split(/[\s_-]+/).filter(Boolean);
    var letters = words.length > 1 ? words[0][0] + words[1][0] : String(name || '?').slice(0, 2);
    return letters.toUpperCase();
  }

  function fillLogo(element, source) {
    element.textContent = '';
    element.classList.remove('initials');
    var fallback = function () {
      element.textContent = initials(source.name);
      element.classList.add('initials');
    };
    if (!source.logo)
      return fallback();
    var image = document.createElement('img');
    image.alt = '';
    image.decoding = 'async';
    image.addEventListener('error', function () {
      if (image.parentNode === element)
        element.removeChild(image);
      fallback();
    });
    image.src = endpoint('logo?source=' + encodeURIComponent(source.key));
    element.appendChild(image);
  }

  function kindText(source) {
    switch (source.auth_type) {
    case 'oauth2':
    case 'oauth1':
      return t('kindOauth', names(source));
    case 'password':
      return t('kindPassword');
    case 'email':
      return t('kindEmail');
    case 'sdk':
      return t('kindSdk');
    }
    return '';
  }

  function renderList() {
    var list = $('sourceList');
    list.textContent = '';
    state.view.providers.forEach(function (source) {
      var item = document.createElement('li');
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'source';
      button.id = 'source-' + source.key;
      button.setAttribute('data-key', source.key);
      button.setAttribute('data-search', (source.name + ' ' + source.key + ' ' + (source.description || '')).toLowerCase());

      var logo = document.createElement('span');
      logo.className = 'logo';
      logo.setAttribute('aria-hidden', 'true');
      fillLogo(logo, source);

      var text = document.createElement('span');
      text.className = 'source-text';
      var name = document.createElement('span');
      name.className = 'source-name';
      name.textContent = source.name;
      var kind = document.createElement('span');
      kind.className = 'source-kind';
      kind.textContent = kindText(source);
      text.appendChild(name);
      text.appendChild(kind);

      var chevron = document.createElement('span');
      chevron.className = 'chevron';
      chevron.setAttribute('aria-hidden', 'true');
      chevron.textContent = '\u203a';

      button.appendChild(logo);
      button.appendChild(text);
      button.appendChild(chevron);
      button.addEventListener('click', function () { select(source); });
      button.addEventListener('keydown', onSourceKey);
      item.appendChild(button);
      list.appendChild(item);
    });
    filter();
  }

  function visibleSources() {
    return Array.prototype.filter.call($('sourceList').querySelectorAll('.source'), function (button) {
      return !button.parentNode.hidden;
    });
  }

  function filter() {
    var query = $('searchInput').value.trim().toLowerCase();
    var shown = 0;
    Array.prototype.forEach.call($('sourceList').querySelectorAll('.source'), function (button) {
      var match = !query || button.getAttribute('data-search').indexOf(query) >= 0;
      button.parentNode.hidden = !match;
      if (match)
        shown += 1;
    });
    var noResults = $('noResults');
    noResults.hidden = shown > 0;
    noResults.textContent = state.view.providers.length === 0 ? t('noSources')
                                                               : t('noResults', { query: $('searchInput').value.trim() });
  }

  function moveFocus(from, step) {
    var buttons = visibleSources();
    if (!buttons.length)
      return;
    var index = buttons.indexOf(from);
    if (step === 'first')
      index = 0;
    else if (step === 'last')
      index = buttons.length - 1;
    else if (index < 0)
      index = step > 0 ? 0 : buttons.length - 1;
    else
      index = Math.max(0, Math.min(buttons.length - 1, index + step));
    buttons[index].focus();
  }

  function onSearchKey(event) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      moveFocus(null, 'first');
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      moveFocus(null, 'last');
    } else if (event.key === 'Enter') {
      event.preventDefault();
      var buttons = visibleSources();
      if (buttons.length)
        buttons[0].click();
    } else if (event.key === 'Escape' && $('searchInput').value) {
      event.preventDefault();
      event.stopPropagation();
      $('searchInput').value = '';
      filter();
    }
  }

  function onSourceKey(event) {
    var button = event.currentTarget;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      moveFocus(button, 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      var buttons = visibleSources();
      if (buttons.indexOf(button) === 0)
        $('searchInput').focus();
      else
        moveFocus(button, -1);
    } else if (event.key === 'Home') {
      event.preventDefault();
      moveFocus(button, 'first');
    } else if (event.key === 'End') {
      event.preventDefault();
      moveFocus(button, 'last');
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      $('searchInput').focus();
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey && event.key !== ' ') {
      // Typing on the list searches.
      $('searchInput').focus();
    }
  }

  function markConnected() {
    state.connected.forEach(function (key) {
      var button = $('source-' + key);
      var source = sourceByKey(key);
      if (!button || !source)
        return;
      button.classList.add('connected');
      button.querySelector('.source-kind').textContent = t('connected');
    });
  }

  function showList() {
    clearTimeout(state.redirectTimer);
    state.source = null;
    markConnected();
    $('finishBar').hidden = !(isPopup() && state.connected.length > 0);
    show('list');
    var focus = $('searchInput');
    focus.focus();
  }

  function sourceByKey(key) {
    var found = null;
    (state.view ? state.view.providers : []).forEach(function (source) {
      if (source.key === key)
        found = source;
    });
    return found;
  }

  // ---- Choosing a source ---------------------------------------------------

  function isPopup() { return state.view && state.view.mode === 'popup'; }

  function select(source) {
    if (state.busy)
      return;
    state.source = source;
    report('SELECT_SOURCE', { source: source.key });
    switch (source.auth_type) {
    case 'oauth2':
    case 'oauth1':
      return startOAuth(source);
    case 'password':
    case 'email':
      return showForm(source);
    case 'sdk':
      return showSdk(source);
    }
  }

  function startOAuth(source) {
    state.busy = true;
    showLoading(t('redirecting', names(source)));
    request('POST', 'oauth', { source: source.key }).then(function (answer) {
      if (!answer.ok || typeof answer.json.oauth_url !== 'string') {
        state.busy = false;
        var code = errorCode(answer);
        report('ERROR', { source: source.key, code: code });
        return showFailure(source, code);
      }
      // Recorded before leaving: the page is gone once the provider loads.
      return report('OAUTH_REDIRECT', { source: source.key }).then(function () {
        window.location.assign(answer.json.oauth_url);
      });
    });
  }

  // ---- Password and e-mail form --------------------------------------------

  var FIELDS = ['username', 'password', 'email'];

  function setFieldError(field, message) {
    var input = $(field + 'Input');
    var error = $(field + 'Error');
    error.textContent = message || '';
    error.hidden = !message;
    if (message)
      input.setAttribute('aria-invalid', 'true');
    else
      input.removeAttribute('aria-invalid');
  }

  function clearErrors() {
    FIELDS.forEach(function (field) { setFieldError(field, ''); });
    $('formError').hidden = true;
    $('formError').textContent = '';
  }

  function showForm(source) {
    var email = source.auth_type === 'email';
    fillLogo($('formLogo'), source);
    $('formTitle').textContent = t('formTitle', names(source));
    $('formHint').textContent = t(email ? 'formHintEmail' : 'formHintPassword', names(source));
    $('privacyNote').textContent = t(email ? 'privacyEmail' : 'privacyPassword', names(source));
    $('usernameField').hidden = email;
    $('passwordField').hidden = email;
    $('emailField').hidden = !email;
    $('credentialsForm').reset();
    clearErrors();
    setBusy(false);
    show('form', $(email ? 'emailInput' : 'usernameInput'));
  }

  function setBusy(busy) {
    state.busy = busy;
    var button = $('submitButton');
    button.disabled = busy;
    button.textContent = t(busy ? 'connecting' : 'connect');
    $('credentialsForm').setAttribute('aria-busy', busy ? 'true' : 'false');
  }

  function validate(source) {
    var first = null;
    var check = function (field, message) {
      setFieldError(field, message);
      if (message && !first)
        first = $(field + 'Input');
    };
    if (source.auth_type === 'email') {
      var email = $('emailInput').value.trim();
      check('email', !email ? t('requiredEmail') : (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) ? '' : t('invalidEmail')));
    } else {
      check('username', $('usernameInput').value.trim() ? '' : t('requiredUsername'));
      check('password', $('passwordInput').value ? '' : t('requiredPassword'));
    }
    if (first)
      first.focus();
    return !first;
  }

  function submitCredentials(event) {
    event.preventDefault();
    var source = state.source;
    if (!source || state.busy)
      return;
    clearErrors();
    if (!validate(source))
      return;
    var email = source.auth_type === 'email';
    var body = { source: source.key };
    if (email) {
      body.email = $('emailInput').value.trim();
    } else {
      body.username = $('usernameInput').value.trim();
      body.password = $('passwordInput').value;
    }
    setBusy(true);
    report('SUBMIT_CREDENTIALS', { source: source.key });
    request('POST', 'credentials', body).then(function (answer) {
      setBusy(false);
      if (answer.ok)
        return succeed(source, answer.json.redirect_url);
      var code = errorCode(answer);
      report('ERROR', { source: source.key, code: code });
      if (code === 'INVALID_CREDENTIALS') {
        var field = email ? 'email' : 'password';
        setFieldError(field, t(email ? 'invalidEmailCredentials' : 'invalidCredentials', names(source)));
        if (!email)
          $('passwordInput').value = '';
        $(field + 'Input').focus();
        return;
      }
      var message = code === 'PROVIDER_UNAVAILABLE' ? t('providerUnavailable', names(source))
                  : code === 'TOO_MANY_ATTEMPTS' ? t('tooManyAttempts', names(source))
                  : t('genericError');
      $('formError').textContent = message;
      $('formError').hidden = false;
      $('submitButton').focus();
    });
  }

  // ---- SDK sources ---------------------------------------------------------

  function showSdk(source) {
    fillLogo($('sdkLogo'), source);
    $('sdkTitle').textContent = t('sdkTitle', names(source));
    $('sdkBody').textContent = t('sdkBody', names(source));
    $('sdkSteps').textContent = t('sdkSteps', names(source));
    $('sdkError').hidden = true;
    $('sdkButton').disabled = false;
    show('sdk', $('sdkButton'));
  }

  function continueSdk() {
    var source = state.source;
    if (!source || state.busy)
      return;
    state.busy = true;
    $('sdkButton').disabled = true;
    request('POST', 'sdk', { source: source.key }).then(function (answer) {
      state.busy = false;
      $('sdkButton').disabled = false;
      if (answer.ok)
        return succeed(source, answer.json.redirect_url);
      var code = errorCode(answer);
      report('ERROR', { source: source.key, code: code });
      $('sdkError').textContent = t('genericError');
      $('sdkError').hidden = false;
    });
  }

  // ---- Endings -------------------------------------------------------------

  function succeed(source, redirectUrl) {
    if (source && state.connected.indexOf(source.key) < 0)
      state.connected.push(source.key);
    report('SUCCESS', { source: source ? source.key : '' });
    showSuccess(source, redirectUrl);
  }

  function showSuccess(source, redirectUrl) {
    $('successBody').textContent = source ? t('successBody', names(source)) : t('successBodyGeneric');
    $('successNote').textContent = '';
    $('finishError').hidden = true;
    var popup = isPopup();
    $('finishButton').hidden = !popup;
    $('finishButton').disabled = false;
    $('continueButton').hidden = popup || !redirectUrl;
    $('anotherButton').hidden = !!redirectUrl && !popup;
    state.redirectUrl = redirectUrl || '';
    show('success', popup ? $('finishButton') : (redirectUrl ? $('continueButton') : $('anotherButton')));
    if (!popup && redirectUrl) {
      $('successNote').textContent = t('returning', names(source));
      clearTimeout(state.redirectTimer);
      state.redirectTimer = setTimeout(function () { window.location.assign(redirectUrl); }, 1500);
    }
  }

  function reasonText(reason) {
    switch (reason) {
    case 'access_denied':
    case 'user_denied':
      return t('reasonDenied');
    case 'expired':
    case 'INVALID_REQUEST':
      return t('reasonExpired');
    case 'INVALID_PROVIDER':
      return t('reasonNotSetUp', { app: appName() });
    case 'PROVIDER_UNAVAILABLE':
    case 'provider_unavailable':
    case 'temporarily_unavailable':
    case 'server_error':
      return t('reasonUnavailable');
    }
    return t('reasonOther');
  }

  function showFailure(source, reason) {
    $('failureBody').textContent = source ? t('failureBody', { name: source.name, reason: reasonText(reason) })
                                          : t('failureBodyGeneric', { reason: reasonText(reason) });
    show('failure', $('retryButton'));
  }

  function retry() {
    var source = state.source;
    if (source && (source.auth_type === 'password' || source.auth_type === 'email'))
      return showForm(source);
    showList();
  }

  function back() {
    if (state.busy)
      return;
    showList();
  }

  function exit() {
    clearTimeout(state.redirectTimer);
    report('EXIT', state.source ? { source: state.source.key } : undefined).then(function () {
      if (isPopup()) {
        if (window.opener && state.view.opener_origin) {
          try {
            window.opener.postMessage({ type: 'linkdeck:exit' }, state.view.opener_origin);
          } catch (e) { /* the opener went elsewhere */ }
        }
        window.close();
      } else if (state.view && state.view.exit_url) {
        window.location.assign(state.view.exit_url);
        return;
      }
      showEnd(t('closedTitle'), state.connected.length ? '' : t('closedBody'));
    });
  }

  function finish() {
    var button = this;
    if (state.busy)
      return;
    state.busy = true;
    button.disabled = true;
    var label = button.textContent;
    button.textContent = t('finishing');
    request('POST', 'special-token', {}).then(function (answer) {
      state.busy = false;
      button.disabled = false;
      button.textContent = label;
      if (!answer.ok || typeof answer.json.special_token !== 'string') {
        var code = errorCode(answer);
        report('ERROR', { code: code });
        if (state.screen === 'success') {
          $('finishError').textContent = t('genericError');
          $('finishError').hidden = false;
        } else {
          showFailure(null, code);
        }
        return;
      }
      var token = answer.json.special_token;
      if (window.opener && !window.opener.closed && answer.json.target_origin) {
        // Only a page at the origin the application registered receives it.
        window.opener.postMessage({ type: 'linkdeck:special_token', specialToken: token },
                                  answer.json.target_origin);
        showEnd(t('finished'));
        window.close();
      } else if (answer.json.redirect_url) {
        window.location.assign(answer.json.redirect_url);
      } else {
        showEnd(t('finished'));
      }
    });
  }

  // ---- Start ---------------------------------------------------------------

  function onGlobalKey(event) {
    if (event.key !== 'Escape' || event.defaultPrevented)
      return;
    if (state.screen === 'form' || state.screen === 'sdk' || state.screen === 'failure') {
      event.preventDefault();
      back();
    }
  }

  function wire() {
    $('searchInput').addEventListener('input', filter);
    $('searchInput').addEventListener('keydown', onSearchKey);
    $('credentialsForm').addEventListener('submit', submitCredentials);
    $('sdkButton').addEventListener('click', continueSdk);
    $('backButton').addEventListener('click', back);
    $('closeButton').addEventListener('click', exit);
    $('retryButton').addEventListener('click', retry);
    $('anotherButton').addEventListener('click', showList);
    $('continueButton').addEventListener('click', function () {
      if (state.redirectUrl)
        window.location.assign(state.redirectUrl);
    });
    $('finishButton').addEventListener('click', finish);
    $('finishListButton').addEventListener('click', finish);
    document.addEventListener('keydown', onGlobalKey);
  }

  function start() {
    applyTheme();
    state.language = pickLanguage(navigator.language);
    applyStrings();
    wire();
    request('GET', 'view').then(function (answer) {
      if (!answer.ok || !answer.json || !Array.isArray(answer.json.providers)) {
        applyStrings();
        $('subtitle').textContent = '';
        showEnd(t('expiredTitle'), t('expiredBody'));
        return;
      }
      state.view = answer.json;
      state.language = pickLanguage(state.view.language);
      applyStrings();
      $('subtitle').textContent = t('subtitle', { app: appName() });
      renderList();
      report('OPEN');

      // Back from a provider (the callback sends the user here when the
      // session has no redirect URL of its own).
      var result = params.get('result');
      var source = sourceByKey(params.get('resource') || '');
      if (result === 'success') {
        state.source = source;
        return succeed(source, '');
      }
      if (result === 'failure') {
        state.source = source;
        var code = String(params.get('error') || '').toUpperCase();
        report('ERROR', { source: source ? source.key : '', code: /^[A-Z][A-Z0-9_]{0,63}$/.test(code) ? code : 'OAUTH_FAILED' });
        return showFailure(source, params.get('error') || '');
      }
      showList();
    });
  }

  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', start);
  else
    start();
})();
