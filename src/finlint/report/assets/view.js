// The highlighted view of finlint's HTML report and of the `finlint serve` page: a click on a
// marked span (or Enter on it) opens its findings' details beside it; a click on a finding's
// place shows its span. Listeners sit on the document, so a view replaced by the serve page
// keeps working. The page is readable without this script: it only adds the pop-over.
(function () {
  "use strict";
  var popover = document.getElementById("popover");
  var opener = null;

  function cardsOf(mark) {
    return (mark.getAttribute("data-findings") || "").split(" ").map(function (id) {
      return document.getElementById(id);
    }).filter(Boolean);
  }

  function setActive(elements, on) {
    elements.forEach(function (e) { e.classList.toggle("active", on); });
  }

  function marksOf(id) {
    return Array.prototype.filter.call(
      document.querySelectorAll("mark[data-findings]"),
      function (m) { return m.getAttribute("data-findings").split(" ").indexOf(id) >= 0; });
  }

  function close() {
    if (!popover || popover.hidden) return;
    popover.hidden = true;
    popover.textContent = "";
    if (opener) {
      opener.setAttribute("aria-expanded", "false");
      setActive([opener], false);
    }
    opener = null;
  }

  function open(mark) {
    close();
    if (!popover) return;
    cardsOf(mark).forEach(function (card) {
      var copy = card.cloneNode(true);
      copy.removeAttribute("id");
      copy.classList.remove("active");
      popover.appendChild(copy);
    });
    popover.hidden = false;
    opener = mark;
    mark.setAttribute("aria-expanded", "true");
    setActive([mark], true);
    // Below the span; above it when it fits there and not below.
    var r = mark.getBoundingClientRect();
    var view = document.documentElement;
    var left = Math.min(r.left, view.clientWidth - popover.offsetWidth - 12);
    var top = r.bottom + 8;
    if (top + popover.offsetHeight > view.clientHeight && r.top - 8 - popover.offsetHeight >= 0) {
      top = r.top - 8 - popover.offsetHeight;
    }
    popover.style.left = Math.max(12, left) + window.scrollX + "px";
    popover.style.top = top + window.scrollY + "px";
  }

  document.addEventListener("click", function (event) {
    var mark = event.target.closest("mark[data-findings]");
    if (mark) {
      if (mark === opener) close(); else open(mark);
      return;
    }
    var where = event.target.closest(".finding .where");
    if (where) {
      var card = where.closest(".finding");
      var marks = marksOf(card.id);
      setActive(document.querySelectorAll(".active"), false);
      setActive(marks.concat([card]), true);
      if (marks.length) marks[0].scrollIntoView({ block: "center", behavior: "smooth" });
      return;
    }
    if (popover && !popover.contains(event.target)) close();
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      var back = opener;
      close();
      if (back) back.focus();
      return;
    }
    var mark = event.target.closest && event.target.closest("mark[data-findings]");
    if (mark && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      open(mark);
    }
  });

  // Hovering a span lights up its findings in the list beside the text.
  document.addEventListener("mouseover", function (event) {
    var mark = event.target.closest("mark[data-findings]");
    if (mark) setActive(cardsOf(mark), true);
  });
  document.addEventListener("mouseout", function (event) {
    var mark = event.target.closest("mark[data-findings]");
    if (mark) setActive(cardsOf(mark), false);
  });

  window.finlintView = { close: close };
})();
