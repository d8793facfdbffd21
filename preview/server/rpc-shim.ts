// The stand-in for google.script.run / google.script.host, injected into the add-on's HTML pages.

/**
 * A script that defines `google.script.run` (with withSuccessHandler, withFailureHandler,
 * withUserObject) answering every call through POST /api/rpc, and `google.script.host` whose
 * close() asks the preview page to close the panel. `pageId` names the page that calls.
 */
function rpcShimScript(pageId: string): string {
  return `(function () {
  var PAGE = ${JSON.stringify(pageId)};
  function runner(success, failure, userObject) {
    var base = {
      withSuccessHandler: function (fn) { return runner(fn, failure, userObject); },
      withFailureHandler: function (fn) { return runner(success, fn, userObject); },
      withUserObject: function (obj) { return runner(success, failure, obj); },
    };
    return new Proxy(base, {
      get: function (target, name) {
        if (name in target || typeof name !== 'string') return target[name];
        return function () {
          var args = Array.prototype.slice.call(arguments);
          fetch('/api/rpc', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ name: name, args: args, page: PAGE }),
          })
            .then(function (response) { return response.json(); })
            .then(function (answer) {
              if (answer.ok) {
                if (success) success(answer.value, userObject);
              } else {
                var error = new Error(answer.error.message);
                error.name = answer.error.name;
                if (failure) failure(error, userObject);
                else console.error(name + ' failed: ' + error.message);
              }
            }, function (problem) {
              var error = new Error(String(problem && problem.message || problem));
              if (failure) failure(error, userObject);
              else console.error(name + ' failed: ' + error.message);
            });
        };
      },
    });
  }
  function tell(type, extra) {
    var message = { source: 'stockout-preview', type: type, page: PAGE };
    for (var key in extra) message[key] = extra[key];
    if (window.parent && window.parent !== window) window.parent.postMessage(message, '*');
  }
  window.google = window.google || {};
  window.google.script = {
    run: runner(null, null, undefined),
    host: {
      origin: location.origin,
      close: function () { tell('close', {}); },
      setHeight: function (height) { tell('height', { height: height }); },
      setWidth: function (width) { tell('width', { width: width }); },
      editor: { focus: function () { tell('focus', {}); } },
    },
    url: { getLocation: function (callback) { callback({ hash: '', parameter: {}, parameters: {} }); } },
  };
})();`;
}

/** The page with the stand-in as its first script, so the page's own scripts find it. */
export function injectRpcShim(html: string, pageId: string): string {
  const tag = `<script>${rpcShimScript(pageId)}</script>`;
  const head = /<head[^>]*>/i.exec(html);
  if (head)
    return (
      html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length)
    );
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  if (doctype) return doctype[0] + tag + html.slice(doctype[0].length);
  return tag + html;
}
