// A search box above each long list (select[data-autocomplete]): typing asks the server
// (org:autocomplete, scoped to the user) and keeps only the matching options.
(function () {
  document.querySelectorAll("select[data-autocomplete]").forEach(function (select) {
    var url = select.dataset.autocompleteUrl;
    var search = document.createElement("input");
    search.type = "search";
    search.placeholder = "输入编号、姓名或名称查找";
    search.className = "autocomplete-search";
    search.setAttribute("aria-label", "查找");
    select.parentNode.insertBefore(search, select);
    var all = Array.prototype.map.call(select.options, function (o) { return o; });
    var timer = null;
    search.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var text = search.value.trim();
        if (!text) { all.forEach(function (o) { o.hidden = false; }); return; }
        fetch(url + "?kind=" + select.dataset.autocomplete + "&q=" + encodeURIComponent(text),
              { headers: { "Accept": "application/json" } })
          .then(function (r) { return r.json(); })
          .then(function (data) {
            var ids = {};
            (data.results || []).forEach(function (r) { ids[String(r.id)] = true; });
            var first = null;
            all.forEach(function (o) {
              o.hidden = !(o.value === "" || ids[o.value]);
              if (!o.hidden && o.value && !first) first = o;
            });
            if (first && (!select.value || select.selectedOptions[0].hidden)) select.value = first.value;
          });
      }, 200);
    });
  });
})();
