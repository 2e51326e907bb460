// The upload's progress (htmx:xhr:progress), then "正在校验…" while the server checks the
// whole file before writing anything.
(function () {
  var form = document.getElementById("import-form");
  if (!form) return;
  var box = document.getElementById("import-progress");
  var bar = document.getElementById("import-bar");
  var stage = document.getElementById("import-stage");
  form.addEventListener("htmx:beforeRequest", function () {
    box.hidden = false;
    bar.value = 0;
    stage.textContent = "正在上传… 0%";
    document.getElementById("import-result").innerHTML = "";
  });
  form.addEventListener("htmx:xhr:progress", function (event) {
    if (!event.detail.lengthComputable) return;
    var percent = Math.round((event.detail.loaded / event.detail.total) * 100);
    bar.value = percent;
    if (percent >= 100) {
      bar.removeAttribute("value");  // indeterminate while the server checks
      stage.textContent = "正在校验…（逐项检查全部数据，大文件需要几秒钟）";
    } else {
      stage.textContent = "正在上传… " + percent + "%";
    }
  });
  form.addEventListener("htmx:afterRequest", function () {
    box.hidden = true;
  });
})();
