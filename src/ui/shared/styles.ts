/**
 * The shadow root's CSS. `:host { all: initial }` cuts every inherited page style off at the boundary, and nothing
 * here can select outside the shadow root, so neither side's CSS reaches the other.
 */
export const UI_CSS = `
:host{all:initial;position:absolute;top:0;left:0;width:0;height:0;overflow:visible;z-index:2147483647;
--bg:#fff;--fg:#16181d;--muted:#5b6270;--line:#dde1e8;--card:#f6f7f9;--focus:#2563eb;--shadow:0 8px 30px rgba(0,0,0,.18);
--confirm:#047857;--confirm-bg:#d1fae5;--dispute:#b93815;--dispute-bg:#ffedd5;--omit:#5b6270;--omit-bg:#eef0f3;--solo:#6d28d9;--solo-bg:#ede9fe;
font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Ubuntu,sans-serif;color:var(--fg)}
@media (prefers-color-scheme:dark){:host{--bg:#17191e;--fg:#eceef2;--muted:#a3aab8;--line:#343944;--card:#20242b;--focus:#7aa7ff;--shadow:0 8px 30px rgba(0,0,0,.6);
--confirm:#6ee7b7;--confirm-bg:#0f3a2c;--dispute:#fdba74;--dispute-bg:#47250f;--omit:#a3aab8;--omit-bg:#2a2e36;--solo:#c4b5fd;--solo-bg:#2e2550}}
*,*::before,*::after{box-sizing:border-box}
[hidden]{display:none!important}
button{font:inherit;color:inherit;background:none;border:0;padding:0;margin:0;cursor:pointer}
a{color:inherit}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px;border-radius:4px}
h2,h3,p,ol,ul,blockquote{margin:0;padding:0}
ol,ul{list-style:none}
.cc-icon{flex:none;vertical-align:-3px}
.cc-marks{position:absolute;left:0;top:0;pointer-events:none}
.cc-mark{position:absolute;pointer-events:none;border-radius:2px;mix-blend-mode:multiply}
.cc-dark .cc-mark{mix-blend-mode:screen}
.cc-panel{position:fixed;top:0;right:0;bottom:0;width:min(420px,90vw);display:flex;flex-direction:column;background:var(--bg);color:var(--fg);
border-left:1px solid var(--line);box-shadow:var(--shadow)}
.cc-head{display:flex;gap:8px;align-items:flex-start;padding:14px 14px 12px 16px;border-bottom:1px solid var(--line)}
.cc-head-text{flex:1;min-width:0}
.cc-kicker{font-size:12px;font-weight:700;letter-spacing:.06em;text-transform:uppercase;color:var(--muted)}
.cc-title:focus{outline:none}
.cc-title{font-size:16px;line-height:1.3;font-weight:650;margin-top:2px;overflow-wrap:anywhere}
.cc-stats{margin-top:4px;color:var(--muted);font-size:13px}
.cc-legend{display:flex;flex-wrap:wrap;gap:4px 12px;margin-top:8px;font-size:12px;color:var(--muted)}
.cc-legend span{display:inline-flex;align-items:center;gap:4px}
.cc-btn{width:32px;height:32px;display:inline-flex;align-items:center;justify-content:center;border-radius:8px;color:var(--muted)}
.cc-btn:hover{background:var(--card);color:var(--fg)}
.cc-body{flex:1;overflow:auto;overscroll-behavior:contain;padding:12px 16px 24px}
.cc-h3{font-size:13px;font-weight:700;margin:8px 0;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
.cc-card{border:1px solid var(--line);border-left:4px solid var(--tone);border-radius:10px;background:var(--card);margin:0 0 12px;padding:10px 12px;scroll-margin:12px}
.cc-card[aria-current=true]{box-shadow:0 0 0 2px var(--tone)}
.cc-tone-confirm{--tone:var(--confirm);--tone-bg:var(--confirm-bg)}
.cc-tone-dispute{--tone:var(--dispute);--tone-bg:var(--dispute-bg)}
.cc-tone-solo{--tone:var(--solo);--tone-bg:var(--solo-bg)}
.cc-claim{display:block;width:100%;text-align:left;border-radius:6px;padding:2px}
.cc-claim:hover .cc-quote{text-decoration:underline}
.cc-mixtag{display:inline-flex;align-items:center;gap:4px;font-size:12px;font-weight:700;color:var(--tone);background:var(--tone-bg);border-radius:999px;padding:1px 8px 1px 4px}
.cc-quote{display:block;margin-top:6px;font-size:14.5px;line-height:1.45}
.cc-summary{margin-top:6px;font-size:12.5px;color:var(--muted)}
.cc-stances{margin-top:8px;display:grid;gap:8px}
.cc-stance{display:grid;gap:2px;padding-top:8px;border-top:1px solid var(--line)}
.cc-verdict{display:inline-flex;align-items:center;gap:5px;font-weight:700;font-size:13px}
.cc-s-confirm .cc-verdict{color:var(--confirm)}
.cc-s-dispute .cc-verdict{color:var(--dispute)}
.cc-s-omit .cc-verdict{color:var(--omit);font-weight:600}
.cc-outlet{font-size:12.5px;color:var(--muted)}
.cc-outlet a{color:var(--fg);font-weight:600;text-underline-offset:2px}
.cc-evidence{font-size:13px;border-left:2px solid var(--line);padding-left:8px;margin-top:2px;overflow-wrap:anywhere}
.cc-reason{font-size:13px;font-weight:600;color:var(--dispute)}
.cc-omitted li{border:1px solid var(--line);border-radius:10px;padding:10px 12px;margin-bottom:10px}
.cc-omitted p+p{margin-top:4px;font-size:12.5px;color:var(--muted)}
.cc-empty{color:var(--muted)}
.cc-dev{margin-top:6px;font-size:12.5px;font-weight:600;color:var(--solo);background:var(--solo-bg);border-radius:6px;padding:4px 8px}
.cc-add{margin-top:16px;padding-top:12px;border-top:1px solid var(--line);display:grid;gap:6px;justify-items:start}
.cc-addbtn{border:1px solid var(--line);border-radius:8px;padding:6px 12px;font-weight:600;background:var(--card)}
.cc-addbtn:hover{border-color:var(--focus)}.cc-addbtn[disabled]{opacity:.6;cursor:default}
.cc-addmsg{font-size:12.5px;color:var(--muted)}.cc-add-error{color:var(--dispute)}.cc-add-done{color:var(--confirm)}
.cc-launcher{position:fixed;right:16px;bottom:16px;display:inline-flex;align-items:center;gap:8px;padding:8px 14px;border-radius:999px;
background:var(--bg);color:var(--fg);border:1px solid var(--line);box-shadow:var(--shadow);font-weight:600;font-size:13px}
.cc-dot{width:10px;height:10px;border-radius:50%;background:var(--tone)}
.cc-hovercard{position:fixed;width:min(340px,calc(100vw - 16px));background:var(--bg);color:var(--fg);border:1px solid var(--line);
border-top:4px solid var(--tone);border-radius:10px;box-shadow:var(--shadow);padding:10px 12px;font-size:13px}
.cc-hc-summary{font-weight:700;font-size:13.5px}
.cc-hc-groups{margin-top:6px;display:grid;gap:4px}
.cc-hc-groups li{display:flex;gap:6px;align-items:flex-start}
.cc-hc-confirm{color:var(--confirm)}.cc-hc-dispute{color:var(--dispute)}.cc-hc-omit{color:var(--omit)}
.cc-hc-groups li span{color:var(--fg)}
.cc-hc-hint{margin-top:6px;font-size:12px;color:var(--muted)}
@media (max-width:599px){
.cc-panel{top:auto;left:0;right:0;width:auto;height:min(50vh,480px);border-left:0;border-top:1px solid var(--line);border-radius:14px 14px 0 0}
.cc-head{padding:10px 10px 8px 14px}.cc-legend{display:none}
.cc-title{font-size:15px;display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:2;overflow:hidden}
.cc-panel.cc-collapsed{height:auto}
.cc-launcher{right:8px;bottom:8px}
}
.cc-panel.cc-collapsed .cc-body,.cc-panel.cc-collapsed .cc-legend{display:none}
@media (min-width:600px){.cc-panel.cc-collapsed{bottom:auto;border-bottom:1px solid var(--line);border-radius:0 0 0 12px}}
@media (prefers-reduced-motion:no-preference){.cc-panel{animation:cc-in .16s ease-out}@keyframes cc-in{from{opacity:0;transform:translateY(8px)}}}
`;
