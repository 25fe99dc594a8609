// Host-page helper for the embedded self-check: sizes each iframe marked data-tic-selfcheck to
// the height its content reports, so the page shows no inner scrollbar, and brings the frame's
// top into view when the person moves to another step. It accepts messages only from the
// frame's own window and origin, and the messages carry a height, never an answer or figure.
// See docs/embedding.md for the snippet.
(function () {
  'use strict';

  function originOf(frame) {
    try {
      return new URL(frame.getAttribute('src'), window.location.href).origin;
    } catch (e) {
      return null;
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || typeof data.type !== 'string' ||
        data.type.indexOf('tic-selfcheck:') !== 0) {
      return;
    }
    var frames = document.querySelectorAll('iframe[data-tic-selfcheck]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source || originOf(frame) !== event.origin) {
        continue;
      }
      var height = Number(data.height);
      if (isFinite(height) && height > 0 && height < 100000) {
        frame.style.height = Math.ceil(height) + 'px';
      }
      // The frame's accessible name follows the language the person chose inside it.
      if (data.type === 'tic-selfcheck:language' && typeof data.title === 'string' &&
          data.title.length > 0 && data.title.length < 200) {
        frame.title = data.title;
      }
      if (data.type === 'tic-selfcheck:step' && frame.getBoundingClientRect().top < 0) {
        frame.scrollIntoView();
      }
    }
  });
})();
