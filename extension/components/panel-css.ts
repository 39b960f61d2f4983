// Styles for the badge, the hint panel and the markers. They live inside open shadow roots: page CSS
// cannot reach them and they cannot leak into the page.
export const PANEL_CSS = `
:host { all: initial; }
/* The content script's hosts are the visible, positioned boxes (so the page, users and tests see them):
   same shadow context and higher specificity than the reset. Their places come from the script. */
:host(stagewijzer-badge) { display: block !important; position: absolute !important; z-index: 2147483646 !important;
  top: var(--sw-top, 0) !important; left: var(--sw-left, 0) !important; margin: 0 !important; width: max-content !important; }
:host(stagewijzer-panel) { display: block !important; position: fixed !important; top: 12px !important; bottom: 12px !important;
  left: var(--sw-panel-left, auto) !important; right: var(--sw-panel-right, 12px) !important;
  width: var(--sw-panel-width, 380px) !important; z-index: 2147483647 !important; margin: 0 !important; }
:host(stagewijzer-marker) { display: block !important; position: absolute !important; z-index: 2147483645 !important;
  top: var(--sw-top, 0) !important; left: var(--sw-left, 0) !important; width: var(--sw-width, 200px) !important;
  margin: 0 !important; pointer-events: none !important; }
:host(stagewijzer-pdf-hint) { display: inline-block !important; margin: 0 0 0 6px !important; vertical-align: baseline !important; }
* { box-sizing: border-box; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.sw { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; }
button { font: inherit; }
:focus-visible { outline: 3px solid #1d4ed8 !important; outline-offset: 2px; }
h2[tabindex="-1"]:focus-visible { outline: none !important; } /* focus moved there on opening, not a control */
.badge { display: inline-flex; align-items: center; gap: 6px; min-height: 28px; padding: 3px 12px; border-radius: 999px;
  border: 1px solid #1d4ed8; background: #eff6ff; color: #1e3a8a; font: 600 14px/1.3 system-ui, sans-serif;
  cursor: pointer; box-shadow: 0 1px 3px rgba(0,0,0,.2); white-space: nowrap; }
.badge:hover { background: #dbeafe; }
.badge.maybe { border-color: #57606a; background: #fff; color: #32383f; font-weight: 500; box-shadow: none; }
.panel { position: fixed; top: 12px; right: 12px; bottom: 12px; width: 380px;
  background: #fff; border: 1px solid #d0d7de; border-radius: 10px; box-shadow: 0 8px 24px rgba(0,0,0,.18);
  display: flex; flex-direction: column; overflow: hidden; z-index: 2147483647; }
:host(stagewijzer-panel) .panel { position: absolute; inset: 0; width: auto; }
.panel.inline { position: static; width: auto; height: 100%; box-shadow: none; border-radius: 0; border: 0; }
header { display: flex; align-items: flex-start; gap: 8px; padding: 12px 14px; border-bottom: 1px solid #d0d7de; background: #f6f8fa; }
header h2 { font-size: 17px; margin: 0; }
header .kind { font-size: 14px; color: #424a53; margin: 2px 0 0; }
header .close { margin-left: auto; border: 1px solid #8c959f; background: #fff; color: #1f2328; border-radius: 6px; min-height: 32px; padding: 4px 10px; cursor: pointer; }
.summary { margin: 0; padding: 8px 14px 0; font-size: 14px; color: #424a53; }
.notice { margin: 0; padding: 4px 14px 8px; font-size: 14px; color: #1f2328; border-bottom: 1px solid #eaeef2; min-height: 1em; }
.notice:empty { padding: 0 14px 4px; }
.body { overflow: auto; padding: 6px 0 12px; flex: 1; }
ul { list-style: none; margin: 0; padding: 0; }
li.req { border-bottom: 1px solid #eaeef2; }
li.req > button { display: block; width: 100%; text-align: left; background: none; border: 0; padding: 10px 14px; cursor: pointer; color: inherit; }
li.req > button:hover { background: #f6f8fa; }
li.req.active > button { background: #fff8c5; }
.status { display: inline-flex; align-items: center; gap: 4px; font-weight: 600; font-size: 14px; padding: 1px 8px; border-radius: 999px; border: 1px solid; }
.status.present { color: #116329; border-color: #4ac26b; background: #dafbe1; }
.status.missing { color: #82071e; border-color: #ff8182; background: #ffebe9; }
.status.fill { color: #0a3069; border-color: #54aeff; background: #ddf4ff; }
.status.unclear { color: #6c4400; border-color: #d4a72c; background: #fff8c5; }
.status.violated { color: #fff; border-color: #82071e; background: #a40e26; }
.label { display: block; font-weight: 600; margin-top: 4px; }
.law { display: block; font-size: 14px; color: #424a53; }
.hint, .where, .quote, .note, .parts { display: block; font-size: 14px; margin-top: 4px; }
.note { padding: 0 14px; }
.quote { border-left: 3px solid #d0d7de; padding-left: 8px; color: #32383f; font-style: italic; }
.where { color: #32383f; font-weight: 600; }
h3 { font-size: 14px; margin: 14px 14px 6px; color: #424a53; }
li.rec { padding: 6px 14px; font-size: 14px; }
li.rec small { display: block; font-size: 14px; color: #424a53; }
.chooser { padding: 8px 14px; }
.chooser p { margin: 0 0 10px; }
.choices { display: flex; flex-direction: column; gap: 6px; margin: 6px 0; }
.choice { text-align: left; border: 1px solid #1d4ed8; background: #eff6ff; color: #1e3a8a; border-radius: 6px; min-height: 36px; padding: 6px 10px; cursor: pointer; font-weight: 600; }
.choice:disabled { opacity: .6; cursor: default; }
details { margin: 10px 0; }
.other-kind { padding: 0 14px; }
summary { cursor: pointer; color: #0a3069; min-height: 24px; }
footer { padding: 8px 14px; font-size: 14px; color: #424a53; border-top: 1px solid #eaeef2; background: #f6f8fa; }
.marker { border-top: 3px dashed #bc4c00; position: relative; }
.marker span { position: absolute; top: 2px; left: 0; font: 600 14px/1.3 system-ui, sans-serif; background: #fff1e5; color: #762c00;
  border: 1px solid #bc4c00; border-radius: 4px; padding: 2px 8px; }
.pdf-hint { display: inline-flex; align-items: center; gap: 4px; font: 600 13px/1.2 system-ui, sans-serif; color: #1e3a8a;
  background: #eff6ff; border: 1px solid #1d4ed8; border-radius: 999px; padding: 2px 8px; min-height: 24px; cursor: pointer; }
@media (prefers-reduced-motion: reduce) { * { transition: none !important; animation: none !important; scroll-behavior: auto !important; } }
`;
