// Seeking: a click on anything with data-seek plays the recording from that second.
(function () {
  var player = document.getElementById("player");
  if (!player) { return; }
  document.addEventListener("click", function (event) {
    var target = event.target.closest("[data-seek]");
    if (!target) { return; }
    player.currentTime = parseFloat(target.getAttribute("data-seek")) || 0;
    player.play().catch(function () {});
  });
})();
