// The subset of the YouTube IFrame Player API that OnAir uses, served by the OnAir sandbox:
// YT.Player(elementOrId, {videoId, width, height, playerVars, events}), getCurrentTime(),
// getPlayerState(), YT.PlayerState, and window.onYouTubeIframeAPIReady. Like YouTube's, the
// player is an <iframe> to /embed/{videoId}?enablejsapi=1 that talks back with postMessage.
(function () {
  'use strict';
  if (window.YT && window.YT.Player)
    return;

  var origin = '__ONAIR_SANDBOX_ORIGIN__';
  try {
    if (document.currentScript && document.currentScript.src)
      origin = new URL(document.currentScript.src).origin;
  } catch (e) {
    // keep the origin the server wrote in
  }

  var PlayerState = { UNSTARTED: -1, ENDED: 0, PLAYING: 1, PAUSED: 2, BUFFERING: 3, CUED: 5 };
  var nextWidgetId = 1;

  function Player(elementOrId, options) {
    options = options || {};
    var element = typeof elementOrId === 'string' ? document.getElementById(elementOrId)
                                                  : elementOrId;
    if (!element)
      throw new Error('YT.Player: no element ' + elementOrId);
    var self = this;
    this._id = nextWidgetId++;
    this._events = options.events || {};
    this._listeners = {};
    this._info = { currentTime: 0, playerState: PlayerState.UNSTARTED, muted: false,
                   volume: 100 };
    this._infoAt = Date.now();
    this._ready = false;
    this._queue = [];

    this._playerVars = options.playerVars || {};

    var iframe = document.createElement('iframe');
    iframe.id = element.id || ('widget' + this._id);
    iframe.setAttribute('frameborder', '0');
    iframe.setAttribute('allowfullscreen', '');
    iframe.setAttribute('allow', 'autoplay; encrypted-media; picture-in-picture');
    iframe.setAttribute('title', 'OnAir sandbox monitor');
    iframe.width = String(options.width || 640);
    iframe.height = String(options.height || 390);
    iframe.src = this._embedUrl(options.videoId || '', false);
    this._iframe = iframe;
    if (element.parentNode)
      element.parentNode.replaceChild(iframe, element);
    else
      document.body.appendChild(iframe);

    this._onMessage = function (event) { self._receive(event); };
    window.addEventListener('message', this._onMessage);
    iframe.addEventListener('load', function () { self._send({ event: 'listening' }); });
    this._listen();
  }

  Player.prototype._embedUrl = function (videoId, autoplay) {
    var query = new URLSearchParams();
    var vars = this._playerVars;
    Object.keys(vars).forEach(function (key) { query.set(key, String(vars[key])); });
    if (autoplay)
      query.set('autoplay', '1');
    query.set('enablejsapi', '1');
    query.set('widgetid', String(this._id));
    if (location.origin && location.origin !== 'null')
      query.set('origin', location.origin);
    return origin + '/embed/' + encodeURIComponent(videoId) + '?' + query.toString();
  };

  // Like YouTube's widget API: say "listening" until the player in the frame answers.
  Player.prototype._listen = function () {
    var self = this;
    clearInterval(this._listenTimer);
    this._connected = false;
    this._listenTimer = setInterval(function () { self._send({ event: 'listening' }); }, 250);
  };

  // Another video in the same player (the frame reloads; onReady is not fired again).
  Player.prototype._switchVideo = function (videoId, autoplay) {
    var id = typeof videoId === 'object' && videoId ? videoId.videoId : videoId;
    var wasStarted = this._info.playerState !== PlayerState.UNSTARTED;
    this._info = { currentTime: 0, playerState: PlayerState.UNSTARTED,
                   muted: this._info.muted, volume: this._info.volume };
    this._listen();
    this._iframe.src = this._embedUrl(id || '', autoplay);
    if (wasStarted)
      this._fire('onStateChange', PlayerState.UNSTARTED);
  };
  Player.prototype.loadVideoById = function (videoId) { this._switchVideo(videoId, true); };
  Player.prototype.cueVideoById = function (videoId) { this._switchVideo(videoId, false); };

  Player.prototype._send = function (message) {
    if (!this._iframe || !this._iframe.contentWindow)
      return;
    message.id = this._id;
    message.channel = 'widget';
    this._iframe.contentWindow.postMessage(JSON.stringify(message), origin);
  };

  Player.prototype._fire = function (name, data) {
    var event = { target: this, data: data };
    var handler = this._events[name];
    if (typeof handler === 'string')
      handler = window[handler];
    if (typeof handler === 'function')
      handler(event);
    (this._listeners[name] || []).forEach(function (listener) {
      if (typeof listener === 'string')
        listener = window[listener];
      if (typeof listener === 'function')
        listener(event);
    });
  };

  Player.prototype._receive = function (event) {
    if (!this._iframe || event.source !== this._iframe.contentWindow)
      return;
    var data;
    try {
      data = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
    } catch (e) {
      return;
    }
    if (!data || data.channel !== 'widget' || String(data.id) !== String(this._id))
      return;
    if (data.event === 'initialDelivery' || data.event === 'infoDelivery') {
      var info = data.info || {};
      var self = this;
      Object.keys(info).forEach(function (key) { self._info[key] = info[key]; });
      this._infoAt = Date.now();
    } else if (data.event === 'onReady') {
      clearInterval(this._listenTimer);
      this._connected = true;
      var queued = this._queue;
      this._queue = [];
      for (var i = 0; i < queued.length; ++i)
        this._send(queued[i]);
      if (this._ready)
        return; // a reloaded frame (loadVideoById): the player was ready already
      this._ready = true;
      this._fire('onReady');
    } else if (data.event === 'onStateChange') {
      this._info.playerState = data.info;
      this._fire('onStateChange', data.info);
    } else if (data.event === 'onError') {
      this._fire('onError', data.info);
    }
  };

  Player.prototype._command = function (func, args) {
    var message = { event: 'command', func: func, args: args || [] };
    if (this._connected)
      this._send(message);
    else
      this._queue.push(message);
  };

  // Seconds from the start of the monitor stream; advances between deliveries while playing.
  Player.prototype.getCurrentTime = function () {
    var time = Number(this._info.currentTime) || 0;
    if (this._info.playerState === PlayerState.PLAYING)
      time += (Date.now() - this._infoAt) / 1000;
    return time;
  };
  Player.prototype.getPlayerState = function () {
    return this._info.playerState === undefined ? PlayerState.UNSTARTED : this._info.playerState;
  };
  Player.prototype.getDuration = function () { return Number(this._info.duration) || 0; };
  Player.prototype.getVideoUrl = function () { return this._info.videoUrl || ''; };
  Player.prototype.getVideoData = function () { return this._info.videoData || {}; };
  Player.prototype.isMuted = function () { return !!this._info.muted; };
  Player.prototype.getVolume = function () { return Number(this._info.volume) || 0; };
  Player.prototype.getIframe = function () { return this._iframe; };
  Player.prototype.playVideo = function () { this._command('playVideo'); };
  Player.prototype.pauseVideo = function () { this._command('pauseVideo'); };
  Player.prototype.stopVideo = function () { this._command('stopVideo'); };
  Player.prototype.mute = function () { this._info.muted = true; this._command('mute'); };
  Player.prototype.unMute = function () { this._info.muted = false; this._command('unMute'); };
  Player.prototype.setVolume = function (volume) {
    this._info.volume = volume;
    this._command('setVolume', [volume]);
  };
  Player.prototype.addEventListener = function (name, listener) {
    (this._listeners[name] = this._listeners[name] || []).push(listener);
  };
  Player.prototype.removeEventListener = function (name, listener) {
    this._listeners[name] = (this._listeners[name] || []).filter(function (l) {
      return l !== listener;
    });
  };
  Player.prototype.destroy = function () {
    clearInterval(this._listenTimer);
    window.removeEventListener('message', this._onMessage);
    if (this._iframe && this._iframe.parentNode)
      this._iframe.parentNode.removeChild(this._iframe);
    this._iframe = null;
  };

  var readyCallbacks = [];
  window.YT = {
    Player: Player,
    PlayerState: PlayerState,
    loaded: 1,
    ready: function (callback) { readyCallbacks.push(callback); }
  };

  function announce() {
    readyCallbacks.forEach(function (callback) { callback(); });
    if (typeof window.onYouTubeIframeAPIReady === 'function')
      window.onYouTubeIframeAPIReady();
  }
  // YouTube's API script loads asynchronously, so pages define the callback after the
  // <script> tag; announce once the page has been parsed.
  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', function () { setTimeout(announce, 0); });
  else
    setTimeout(announce, 0);
})();
