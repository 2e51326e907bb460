// The bureau's district overview: communities and engagements per street (bars) and the
// coverage (line, right axis). ECharts is served locally (static/vendor).
(function () {
  var box = document.getElementById("district-chart");
  var source = document.getElementById("district-data");
  if (!box || !source || !window.echarts) return;
  var data = JSON.parse(source.textContent);
  var narrow = box.clientWidth < 600;
  var chart = echarts.init(box, null, { renderer: "svg" });
  chart.setOption({
    color: ["#1f4e8c", "#7aa6d8", "#b42318"],
    tooltip: { trigger: "axis" },
    legend: { data: ["社区（村）", "在岗结对", "覆盖率"], top: 0 },
    grid: { left: 40, right: 50, top: 40, bottom: narrow ? 90 : 60 },
    xAxis: { type: "category", data: data.streets, axisLabel: { interval: 0, rotate: narrow ? 60 : 30 } },
    yAxis: [
      { type: "value", name: "个", minInterval: 1 },
      { type: "value", name: "覆盖率", min: 0, max: 100, axisLabel: { formatter: "{value}%" } }
    ],
    series: [
      { name: "社区（村）", type: "bar", data: data.communities, label: { show: !narrow, position: "top" } },
      { name: "在岗结对", type: "bar", data: data.engagements },
      { name: "覆盖率", type: "line", yAxisIndex: 1, data: data.coverage, tooltip: { valueFormatter: function (v) { return v + "%"; } } }
    ]
  });
  window.addEventListener("resize", function () { chart.resize(); });
})();
