// The sandbox's monitor player: plays a broadcast's HLS (written by nginx-rtmp) with hls.js
// and speaks the YouTube embed's postMessage protocol to a YT.Player in the parent page.
(function () {
  'use strict';

  var State = { UNSTARTED: -1, ENDED: 0, PLAYING: 1, PAUSED: 2, BUFFERING: 3, CUED: 5 };
  var parts = location.pathname.split('/');
  var broadcastId = decodeURIComponent(parts[2] || '');
  var params = new URLSearchParams(location.search);
  var autoplay = params.get('autoplay') === '1';
  var startMuted = params.get('mute') === '1';
  var showControls = params.get('controls') !== '0';
  var base = '/embed/' + encodeURIComponent(broadcastId) + '/';

  var video = document.getElementById('video');
  var message = document.getElementById('message');
  var playButton = document.getElementById('play');
  video.controls = showControls;
  video.muted = startMuted;

  var hls = null;
  var playlist = null;
  var info = null;
  var clockOffsetMs = 0; // server clock − this page's clock
  var state = State.UNSTARTED;
  var frozenTime = 0;
  var userStarted = autoplay;
  var parentWindow = null;
  var widgetId = params.get('widgetid');
  var readySent = false;

  function say(text) {
    message.textContent = text || '';
    message.hidden = !text;
  }

  // Seconds since the monitor stream started (start of testing, or of live without testing)
  // for the frame on screen: the server's clock minus how far the player is behind the edge.
  function liveTime() {
    if (!info || info.monitorStartMs === null)
      return 0;
    var latency = hls && typeof hls.latency === 'number' && isFinite(hls.latency) ? hls.latency : 0;
    var seconds = (Date.now() + clockOffsetMs - info.monitorStartMs) / 1000 - latency;
    return seconds > 0 ? seconds : 0;
  }

  function currentTime() {
    if (state === State.PLAYING || state === State.BUFFERING)
      frozenTime = liveTime();
    return frozenTime;
  }

  function post(message) {
    if (!parentWindow)
      return;
    message.channel = 'widget';
    message.id = widgetId;
    parentWindow.postMessage(JSON.stringify(message), '*');
  }

  function snapshot() {
    return {
      currentTime: currentTime(),
      playerState: state,
      duration: currentTime(),
      muted: video.muted,
      volume: Math.round(video.volume * 100),
      videoData: { video_id: broadcastId, isLive: true },
      videoUrl: location.origin + '/watch?v=' + encodeURIComponent(broadcastId)
    };
  }

  function setState(next) {
    if (next === state)
      return;
    if (state === State.PLAYING || state === State.BUFFERING)
      frozenTime = liveTime();
    state = next;
    post({ event: 'infoDelivery', info: snapshot() });
    post({ event: 'onStateChange', info: state });
  }

  function startPlayback() {
    var attempt = video.play();
    if (attempt && attempt.catch) {
      attempt.catch(function () {
        // Browsers allow muted autoplay only.
        if (!video.muted) {
          video.muted = true;
          video.play().catch(function () { playButton.hidden = false; });
        } else {
          playButton.hidden = false;
        }
      });
    }
  }

  function teardown() {
    if (hls) {
      hls.destroy();
      hls = null;
    }
    video.removeAttribute('src');
    video.load();
    playlist = null;
  }

  function attach(url) {
    teardown();
    playlist = url;
    say('');
    if (window.Hls && window.Hls.isSupported()) {
      hls = new window.Hls({ liveSyncDurationCount: 2, manifestLoadingMaxRetry: 6,
                             levelLoadingMaxRetry: 6, fragLoadingMaxRetry: 6 });
      hls.on(window.Hls.Events.ERROR, function (_event, data) {
        if (data.fatal) {
          // Retried from the next status poll (the playlist may not be written yet).
          teardown();
          say('Waiting for the monitor stream…');
          setState(State.BUFFERING);
        }
      });
      hls.on(window.Hls.Events.MANIFEST_PARSED, function () {
        if (userStarted)
          startPlayback();
        else {
          playButton.hidden = false;
          setState(State.CUED);
        }
      });
      hls.loadSource(url);
      hls.attachMedia(video);
    } else if (video.canPlayType('application/vnd.apple.mpegurl')) {
      video.src = url;
      if (userStarted)
        startPlayback();
      else
        playButton.hidden = false;
    } else {
      say('This browser cannot play HLS.');
    }
  }

  function apply(next) {
    info = next;
    if (!info.found) {
      teardown();
      say('Video unavailable');
      return;
    }
    if (info.lifeCycleStatus === 'complete') {
      teardown();
      say('This live stream has ended.');
      setState(State.ENDED);
      return;
    }
    if (!info.streamAvailable) {
      if (playlist)
        teardown();
      say(info.streamBound ? 'The monitor stream has not started yet: waiting for the encoder…'
                           : 'No stream is bound to this broadcast yet.');
      if (state === State.PLAYING)
        setState(State.BUFFERING);
      return;
    }
    if (playlist !== info.playlist)
      attach(info.playlist);
  }

  function poll() {
    var sentAt = Date.now();
    fetch(base + 'info', { cache: 'no-store' })
      .then(function (response) { return response.json(); })
      .then(function (next) {
        var receivedAt = Date.now();
        clockOffsetMs = next.serverNowMs - (sentAt + receivedAt) / 2;
        apply(next);
      })
      .catch(function () { say('The sandbox does not answer; retrying…'); })
      .then(function () { setTimeout(poll, 2000); });
  }

  video.addEventListener('playing', function () { playButton.hidden = true; setState(State.PLAYING); });
  video.addEventListener('waiting', function () { setState(State.BUFFERING); });
  video.addEventListener('pause', function () {
    if (state !== State.ENDED && playlist)
      setState(State.PAUSED);
  });
  video.addEventListener('ended', function () { setState(State.ENDED); });
  video.addEventListener('volumechange', function () {
    post({ event: 'infoDelivery', info: snapshot() });
  });
  playButton.addEventListener('click', function () {
    userStarted = true;
    playButton.hidden = true;
    startPlayback();
  });

  var commands = {
    playVideo: function () { userStarted = true; playButton.hidden = true; startPlayback(); },
    pauseVideo: function () { video.pause(); },
    stopVideo: function () { video.pause(); },
    mute: function () { video.muted = true; },
    unMute: function () { video.muted = false; },
    setVolume: function (volume) { video.volume = Math.max(0, Math.min(100, volume)) / 100; }
  };

  window.addEventListener('message', function (event) {
    var data;
    try {
      data = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
    } catch (e) {
      return;
    }
    if (!data || data.channel !== 'widget')
      return;
    if (data.event === 'listening') {
      parentWindow = event.source;
      if (data.id !== undefined && data.id !== null)
        widgetId = data.id;
      if (!readySent) {
        readySent = true;
        post({ event: 'initialDelivery', info: snapshot() });
        post({ event: 'onReady' });
      }
    } else if (data.event === 'command' && commands.hasOwnProperty(data.func)) {
      commands[data.func].apply(null, data.args || []);
    }
  });

  setInterval(function () {
    if (readySent)
      post({ event: 'infoDelivery', info: snapshot() });
  }, 250);

  // For tests and for a person looking at the page.
  window.onairMonitor = { currentTime: currentTime, state: function () { return state; } };

  poll();
})();
