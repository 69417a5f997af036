// The `finlint serve` page: copy pasted or dropped into the editor is checked through the
// page's own JSON API (POST /api/check), shown in the report's view, and fixed through
// POST /api/fix, one safe rewrite or all of them; the copy button puts the text, as fixed, on
// the clipboard. #view carries aria-busy while a request is under way.
(function () {
  "use strict";
  var kMaxBytes = 1024 * 1024;  // the server's limit on a request
  var kTypes = {  // a file's extension → the entry of the format menu
    ".txt": "post.txt", ".md": "post.md", ".markdown": "post.md", ".html": "post.html",
    ".htm": "post.html", ".json": "post.json", ".jsonl": "post.jsonl", ".ndjson": "post.jsonl"
  };
  var input = document.getElementById("input");
  var view = document.getElementById("view");
  var status = document.getElementById("status");
  var type = document.getElementById("type");
  var source = document.getElementById("source");
  var fixAll = document.getElementById("fix-all");
  var editor = document.getElementById("editor");
  var filename = type.value;  // its extension says how the text is read: .md, .html …
  var sequence = 0;           // only the answer to the latest check is shown
  var timer = null;

  function say(text, kind) {
    status.textContent = text;
    status.className = kind || "";
  }

  function busy(on) { view.setAttribute("aria-busy", on ? "true" : "false"); }

  function post(path, body) {
    return fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().then(function (json) {
        if (!response.ok) throw new Error(json.error || "HTTP " + response.status);
        return json;
      });
    });
  }

  function describe(summary) {
    if (summary.findings === 0) return "未发现问题。";
    return "发现 " + summary.findings + " 处问题：" + summary.error + " 个错误，" +
      summary.warning + " 个警告，" + summary.info + " 个提示。";
  }

  // Checks the editor's text and shows the view; resolves to the summary, or null when a
  // newer check has started or this one failed.
  function check() {
    clearTimeout(timer);
    var mine = ++sequence;
    if (!input.value.trim()) {
      window.finlintView.close();
      view.textContent = "";
      fixAll.disabled = true;
      say("");
      busy(false);
      return Promise.resolve(null);
    }
    busy(true);
    say("正在检查…");
    return post("/api/check?view=html", { text: input.value, filename: filename })
      .then(function (result) {
        if (mine !== sequence) return null;
        window.finlintView.close();
        view.innerHTML = result.html;  // escaped by the server, like the html report
        var fixes = view.querySelectorAll(".findings button.apply").length;
        fixAll.disabled = fixes === 0;
        fixAll.textContent = "应用全部安全改写" + (fixes ? "（" + fixes + "）" : "");
        say(describe(result.summary), result.summary.findings ? "" : "good");
        busy(false);
        return result.summary;
      }, function (error) {
        if (mine !== sequence) return null;
        say("检查失败：" + error.message, "bad");
        busy(false);
        return null;
      });
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(check, 400);
  }

  // Applies the safe fix of one finding (by its fingerprint), or every safe fix, then checks
  // the new text.
  function apply(fingerprint) {
    var body = { text: input.value, filename: filename };
    if (fingerprint) body.fingerprint = fingerprint;
    busy(true);
    return post("/api/fix", body).then(function (result) {
      input.value = result.text;
      return check().then(function (summary) {
        if (summary) say("已应用 " + result.applied + " 处改写。" + describe(summary), "good");
      });
    }, function (error) {
      say("改写失败：" + error.message, "bad");
      busy(false);
    });
  }

  function load(file) {
    if (file.size > kMaxBytes) {
      say(file.name + " 超过 1 MiB，太大，无法检查。", "bad");
      return;
    }
    file.arrayBuffer().then(function (bytes) {
      var text;
      try {
        text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      } catch (notUtf8) {  // a GBK file
        text = new TextDecoder("gb18030").decode(bytes);
      }
      input.value = text;
      filename = file.name;
      var dot = file.name.lastIndexOf(".");
      type.value = kTypes[dot >= 0 ? file.name.slice(dot).toLowerCase() : ""] || "post.txt";
      source.textContent = file.name;
      check();
    });
  }

  input.addEventListener("input", later);
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) check();
  });
  type.addEventListener("change", function () {
    filename = type.value;
    source.textContent = "";
    check();
  });
  document.getElementById("check").addEventListener("click", check);
  document.getElementById("file").addEventListener("change", function (event) {
    if (event.target.files.length) load(event.target.files[0]);
    event.target.value = "";
  });
  fixAll.addEventListener("click", function () { apply(null); });
  document.addEventListener("click", function (event) {
    var button = event.target.closest("button.apply");
    if (button) apply(button.getAttribute("data-fingerprint"));
  });

  document.getElementById("copy").addEventListener("click", function () {
    var text = input.value;
    var done = function () { say("已复制到剪贴板（" + Array.from(text).length + " 字）。", "good"); };
    var byHand = function () {
      input.focus();
      input.select();
      if (document.execCommand("copy")) done();
      else say("浏览器不允许复制，请按 Ctrl+C 复制已选中的文本。", "bad");
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, byHand);
    } else {
      byHand();
    }
  });

  ["dragenter", "dragover"].forEach(function (name) {
    editor.addEventListener(name, function (event) {
      event.preventDefault();
      editor.classList.add("dragging");
    });
  });
  ["dragleave", "drop"].forEach(function (name) {
    editor.addEventListener(name, function () { editor.classList.remove("dragging"); });
  });
  editor.addEventListener("drop", function (event) {
    event.preventDefault();
    if (event.dataTransfer.files.length) load(event.dataTransfer.files[0]);
  });
  busy(false);
})();
