/* Linkdeck Connect: opens the Connect popup from a developer's page.

     <script src="https://connect.example/widget/assets/connect.js"></script>
     Linkdeck.connect({
       serviceUrl: 'https://connect.example',
       clientId: 'ld_…',
       clientUserId: 'user-42',
       onSpecialToken: function (specialToken) { ... send it to your server ... },
       onExit: function () { ... }
     });

   Your server exchanges the special token, with the application's client
   secret, at POST <serviceUrl>/v1/auth/token. The popup posts the token only
   to the origin of one of the application's registered redirect URLs, and
   this script only accepts messages from the service's own origin. */
(function (global) {
  'use strict';

  function connect(options) {
    options = options || {};
    if (!options.serviceUrl || !options.clientId || !options.clientUserId)
      throw new Error('Linkdeck.connect needs serviceUrl, clientId and clientUserId');

    var base = new URL(options.serviceUrl, global.location.href);
    if (base.pathname.slice(-1) !== '/')
      base.pathname += '/';
    var serviceOrigin = base.origin;
    var url = new URL('connect', base);
    url.searchParams.set('clientId', options.clientId);
    url.searchParams.set('clientUserId', options.clientUserId);
    url.searchParams.set('origin', global.location.origin);
    ['language', 'theme', 'redirectUri'].forEach(function (name) {
      if (options[name])
        url.searchParams.set(name, options[name]);
    });
    if (Array.isArray(options.providers) && options.providers.length)
      url.searchParams.set('providers', options.providers.join(','));

    var width = options.width || 440;
    var height = options.height || 720;
    var left = Math.max(0, (global.screenX || 0) + ((global.outerWidth || width) - width) / 2);
    var top = Math.max(0, (global.screenY || 0) + ((global.outerHeight || height) - height) / 2);
    var popup = global.open(url.toString(), 'linkdeck-connect',
      'popup,width=' + width + ',height=' + height + ',left=' + Math.round(left) + ',top=' + Math.round(top));

    var done = false;
    var poll = 0;

    function finish(callback, value) {
      if (done)
        return;
      done = true;
      global.removeEventListener('message', onMessage);
      clearInterval(poll);
      if (typeof callback === 'function')
        callback(value);
    }

    function onMessage(event) {
      // Only the service's popup may speak: anything else is ignored.
      if (event.origin !== serviceOrigin || (popup && event.source !== popup))
        return;
      var data = event.data;
      if (!data || typeof data !== 'object')
        return;
      if (data.type === 'linkdeck:special_token' && typeof data.specialToken === 'string' && data.specialToken)
        finish(options.onSpecialToken, data.specialToken);
      else if (data.type === 'linkdeck:exit')
        finish(options.onExit);
    }

    global.addEventListener('message', onMessage);
    if (!popup) {
      finish(options.onExit, { reason: 'popup_blocked' });
      return { close: function () {} };
    }
    poll = setInterval(function () {
      if (!popup.closed)
        return;
      clearInterval(poll);
      // A token posted just before the popup closed is still on its way.
      setTimeout(function () { finish(options.onExit); }, 300);
    }, 500);

    return {
      close: function () {
        if (!popup.closed)
          popup.close();
        finish(options.onExit);
      }
    };
  }

  global.Linkdeck = Object.assign(global.Linkdeck || {}, { connect: connect });
})(window);
