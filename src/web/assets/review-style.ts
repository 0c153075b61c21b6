// The desk's stylesheet, served from /assets/review.css (the CSP forbids inline styles).

export const REVIEW_STYLE = `
*{box-sizing:border-box}
body{margin:0;font:14px/1.4 system-ui,sans-serif;color:#1d232a;background:#f5f6f8}
a{color:#0b5cad}
header.top{display:flex;justify-content:space-between;align-items:center;padding:.5rem 1rem;background:#1d2b3a;color:#fff}
header.top a{color:#fff;margin-right:1rem}
header.top .brand{font-weight:600}
header.top .who{margin:0 .75rem;opacity:.8}
form.inline{display:inline}
main{padding:1rem}
h1{font-size:1.3rem;margin:.25rem 0 .75rem}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{padding:.35rem .5rem;border-bottom:1px solid #e3e6ea;text-align:left;vertical-align:top}
tr.selected,tr:focus-within{background:#e8f1fc}
.badge{display:inline-block;padding:0 .4rem;border-radius:.6rem;font-size:.8rem;margin:0 .15rem .15rem 0;background:#e3e6ea;cursor:default}
.badge.urgent{background:#c62828;color:#fff}
.badge.high{background:#ef8f00;color:#fff}
.badge.normal{background:#cfd8dc}
.badge.low{background:#fde0dc}
.badge.mid{background:#fff3cd}
.badge.good{background:#dff3e4}
.badge.reason{background:#eef}
.filters{display:flex;gap:.5rem;flex-wrap:wrap;align-items:end;margin-bottom:.75rem}
.filters label{display:flex;flex-direction:column;font-size:.8rem}
.tabs a{margin-right:1rem}
.tabs a.current{font-weight:700;text-decoration:none;color:#1d232a}
.pager{margin:.75rem 0;display:flex;gap:1rem}
.split{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1.1fr);gap:1rem}
.panel{background:#fff;border:1px solid #e3e6ea;border-radius:4px;padding:.75rem;margin-bottom:1rem}
.panel h2{font-size:1rem;margin:0 0 .5rem}
.page-image{max-width:100%;border:1px solid #ccc;display:block;margin-bottom:.5rem}
.page-frame{position:relative;margin-bottom:.5rem;transform-origin:center center}
.page-frame.rot-90{transform:rotate(90deg)}
.page-frame.rot-180{transform:rotate(180deg)}
.page-frame.rot-270{transform:rotate(270deg)}
.page-box{overflow:hidden}
.original{position:sticky;top:.5rem;max-height:calc(100vh - 1rem);overflow:auto;align-self:start}
.viewer-head{display:flex;justify-content:space-between;align-items:center;position:sticky;top:-.75rem;background:#fff;z-index:1;padding:.25rem 0}
.viewer-tools button{padding:0 .5rem;margin-left:.2rem}
.page-frame .page-image{margin-bottom:0;width:100%}
.evidence-layer{position:absolute;left:0;top:0;width:100%;height:100%;pointer-events:none}
.evidence-layer rect{fill:rgba(255,200,0,.22);stroke:#d97706;stroke-width:2;vector-effect:non-scaling-stroke;display:none}
.evidence-layer rect.on{display:inline}
iframe.mail{width:100%;height:420px;border:1px solid #ccc;background:#fff}
pre.mail{white-space:pre-wrap;max-height:420px;overflow:auto;background:#fafafa;padding:.5rem}
table.segments{display:block;max-height:420px;overflow:auto;font-size:.85em;border-collapse:collapse}
table.segments td{border-top:1px solid #eee;padding:.1rem .4rem;vertical-align:top;word-break:break-all}
.fields{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:.4rem .75rem}
.fields label{display:flex;flex-direction:column;font-size:.8rem}
input,textarea,select{font:inherit;padding:.2rem .3rem;border:1px solid #b8c0c8;border-radius:3px}
input:focus,textarea:focus,select:focus,button:focus,a:focus{outline:3px solid #4d90fe;outline-offset:1px}
.lines input{width:100%}
.is-error,input.is-error{border:2px solid #c62828;background:#fdecea}
.is-warning,input.is-warning{border:2px solid #e0a800;background:#fff8e1}
.findings li.error{color:#b71c1c}
.findings li.warning{color:#8a6d00}
.field{display:flex;flex-direction:column;font-size:.8rem;border-left:4px solid transparent;padding-left:.3rem}
.field[data-sure=high]{border-left-color:#2e7d32}
.field[data-sure=mid]{border-left-color:#e0a800}
.field[data-sure=low]{border-left-color:#c62828}
.field[data-sure=empty]{border-left-color:#cfd8dc}
.field .sure{display:inline-block;min-width:3.2rem;font-size:.7rem;padding:0 .3rem;border-radius:.5rem;background:#eceff1;color:#37474f;text-align:center}
.field[data-sure=high] .sure{background:#dff3e4;color:#1b5e20}
.field[data-sure=mid] .sure{background:#fff3cd;color:#6d5300}
.field[data-sure=low] .sure{background:#fdecea;color:#b71c1c}
.notes:empty{display:none}
.notes .note{margin:.15rem 0 0;padding:.15rem .35rem;border-radius:3px;font-size:.8rem;white-space:normal;overflow-wrap:anywhere}
.notes .note.error{background:#fdecea;color:#b71c1c;border-left:3px solid #c62828}
.notes .note.warning{background:#fff8e1;color:#6d5300;border-left:3px solid #e0a800}
tr.line-notes td{padding:0 .5rem;border-bottom:0}
tr.line-notes:has(.notes:empty){display:none}
.addresses{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:.75rem;margin-top:.75rem}
fieldset.address{border:1px solid #e3e6ea;border-radius:4px;margin:0;padding:.4rem .6rem}
fieldset.address legend{font-weight:600;font-size:.9rem}
fieldset.address .fields{grid-template-columns:minmax(0,1fr)}
textarea{resize:vertical}
input.computed{font-style:italic;background:#f1f8e9}
.computed-note{font-size:.75rem;color:#33691e}
.notice.warning{background:#fff8e1;color:#6d5300}
.actions{display:flex;gap:.5rem;flex-wrap:wrap;align-items:center;margin:.75rem 0}
button{font:inherit;padding:.3rem .7rem;border:1px solid #8a96a3;border-radius:3px;background:#fff;cursor:pointer}
button.primary{background:#1b7f3b;color:#fff;border-color:#1b7f3b}
button.primary:disabled{background:#9cb8a5;border-color:#9cb8a5;cursor:not-allowed}
button.danger{background:#fff;color:#b71c1c;border-color:#b71c1c}
.notice{padding:.5rem .75rem;border-radius:4px;margin-bottom:.75rem}
.notice.error{background:#fdecea;color:#b71c1c}
.notice.info{background:#e8f1fc}
.date-past{color:#b71c1c;font-weight:600}
.secret-value{font-size:1.1rem;user-select:all;background:#fff;padding:.1rem .3rem}
.shortcuts{font-size:.85rem;color:#444}
.shortcuts kbd{border:1px solid #aaa;border-radius:3px;padding:0 .3rem;background:#fafafa}
.history td{font-size:.85rem}
.default-submit{position:absolute;left:-9999px;width:1px;height:1px;overflow:hidden}
.login{max-width:22rem;margin:3rem auto;background:#fff;padding:1.5rem;border:1px solid #e3e6ea;border-radius:4px}
.login label{display:flex;flex-direction:column;margin-bottom:.75rem}
`;
