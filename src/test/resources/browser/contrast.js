// WCAG 2.1 contrast of every visible element's own text against the first opaque background behind it.
// Returns the failures as "selector: ratio (color on background)" strings.
function luminance(rgb) {
  const c = rgb.map(v => v / 255).map(v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}
function parse(color) {
  const n = color.match(/[\d.]+/g).map(Number);
  return { rgb: n.slice(0, 3), alpha: n.length > 3 ? n[3] : 1 };
}
function background(element) {
  for (let e = element; e; e = e.parentElement) {
    const bg = parse(getComputedStyle(e).backgroundColor);
    if (bg.alpha === 1) return bg.rgb;
  }
  return [255, 255, 255];
}
const failures = [];
for (const element of document.querySelectorAll('body *')) {
  const ownText = [...element.childNodes].some(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
  if (!ownText || element.getClientRects().length === 0 || element.closest('svg')) continue;
  const style = getComputedStyle(element);
  if (style.visibility === 'hidden') continue;
  const fg = luminance(parse(style.color).rgb), bg = luminance(background(element));
  const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
  const size = parseFloat(style.fontSize), bold = Number(style.fontWeight) >= 700;
  const large = size >= 24 || (bold && size >= 18.66);
  if (ratio < (large ? 3 : 4.5)) {
    failures.push(`${element.tagName.toLowerCase()}#${element.id}.${element.className}: ${ratio.toFixed(2)}`
      + ` (${style.color} on ${background(element)})`);
  }
}
return failures;
