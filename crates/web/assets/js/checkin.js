// Check-in by camera where the browser can read QR codes (BarcodeDetector). Without it, or when
// the camera is refused, the page works as before: type or scan the code into the field.
(function () {
  'use strict';
  var form = document.querySelector('form[data-scan-label]');
  var input = document.getElementById('code');
  if (!form || !input || !('BarcodeDetector' in window) || !navigator.mediaDevices) {
    return;
  }
  var button = document.createElement('button');
  button.type = 'button';
  button.className = 'kern-btn kern-btn--secondary';
  var label = document.createElement('span');
  label.className = 'kern-label';
  label.textContent = form.getAttribute('data-scan-label');
  button.appendChild(label);
  var video = document.createElement('video');
  video.setAttribute('playsinline', '');
  video.muted = true;
  video.hidden = true;
  video.className = 'scan-video';
  var row = form.querySelector('.btn-row');
  row.appendChild(button);
  form.appendChild(video);
  var stream = null;
  var timer = null;

  function stop() {
    if (timer) { window.clearInterval(timer); timer = null; }
    if (stream) { stream.getTracks().forEach(function (t) { t.stop(); }); stream = null; }
    video.hidden = true;
    label.textContent = form.getAttribute('data-scan-label');
  }

  button.addEventListener('click', function () {
    if (stream) { stop(); return; }
    var detector = new window.BarcodeDetector({ formats: ['qr_code'] });
    navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }).then(function (s) {
      stream = s;
      video.srcObject = s;
      video.hidden = false;
      label.textContent = form.getAttribute('data-scan-stop');
      return video.play();
    }).then(function () {
      timer = window.setInterval(function () {
        detector.detect(video).then(function (codes) {
          if (codes.length > 0 && codes[0].rawValue) {
            input.value = codes[0].rawValue;
            stop();
            form.submit();
          }
        }).catch(function () {});
      }, 250);
    }).catch(function () { stop(); input.focus(); });
  });
})();
