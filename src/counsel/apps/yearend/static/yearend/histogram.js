/* The district's totals as a histogram by tier, with the tier cut lines (R13). */
(function () {
  "use strict";
  function draw() {
    var box = document.getElementById("histogram");
    var source = document.getElementById("chart-data");
    if (!box || !source || !window.echarts) { return; }
    var data = JSON.parse(source.textContent);
    var bands = data.bands;
    if (!bands.length) { box.textContent = "尚无参加排名的结对。"; return; }
    var low = bands[0].from, high = bands[bands.length - 1].from + 1;
    var chart = window.echarts.init(box);
    var width = Math.max(4, Math.floor((box.clientWidth - 90) / Math.max(1, high - low) * 0.8));
    function series(name, key, color) {
      return {
        name: name, type: "bar", stack: "n", barWidth: width, itemStyle: { color: color },
        data: bands.map(function (b) { return [b.from + 0.5, b[key]]; })
      };
    }
    var lines = [];
    if (data.tier1) { lines.push({ xAxis: Number(data.tier1.total), name: "第一档线 " + data.tier1.total + " 分（第" + data.tier1.position + "位）" }); }
    if (data.tier3) { lines.push({ xAxis: Number(data.tier3.total), name: "第三档线 " + data.tier3.total + " 分（第" + data.tier3.position + "位）" }); }
    var all = [series("第一档", "tier1", "#1a7f37"), series("第二档", "tier2", "#1f4e8c"), series("第三档", "tier3", "#b42318")];
    all[0].markLine = {
      symbol: "none", silent: true,
      lineStyle: { type: "dashed", color: "#9a6700", width: 2 },
      label: { formatter: "{b}", position: "insideEndTop", color: "#9a6700" },
      data: lines
    };
    if (data.mine && data.mine.length) {
      all.push({
        name: "本人/本辖区", type: "scatter", symbol: "pin", symbolSize: 22, itemStyle: { color: "#9a6700" },
        data: data.mine.map(function (t) { return [Number(t), 0]; })
      });
    }
    chart.setOption({
      animation: false,
      grid: { left: 50, right: 30, top: 40, bottom: 40 },
      legend: { top: 0 },
      tooltip: {
        trigger: "axis", axisPointer: { type: "shadow" },
        formatter: function (items) {
          var x = items[0].value[0] - 0.5;
          var text = "总分 " + x + "–" + (x + 1) + " 分";
          items.forEach(function (i) { if (i.seriesType === "bar" && i.value[1]) { text += "<br>" + i.seriesName + "：" + i.value[1] + " 个"; } });
          return text;
        }
      },
      xAxis: { type: "value", min: low, max: high, interval: 1, name: "总分", nameLocation: "middle", nameGap: 26 },
      yAxis: { type: "value", name: "结对数", minInterval: 1 },
      series: all
    });
    window.addEventListener("resize", function () { chart.resize(); });
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", draw); } else { draw(); }
})();
