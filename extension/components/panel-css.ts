// Styles for the badge and hint panel. They live inside an open shadow root: page CSS cannot
// reach them and they cannot leak into the page.
export const PANEL_CSS = `
:host { all: initial; }
/* The content script's hosts are the visible, positioned boxes (so the page, users and tests see them):
   same shadow context and higher specificity than the reset. The badge's place comes from the script. */
:host(stagewijzer-badge) { display: block !important; position: absolute !important; z-index: 2147483646 !important;
  top: var(--sw-top, 0) !important; left: var(--sw-left, 0) !important; transform: translateX(-100%) !important;
  margin: 0 !important; width: max-content !important; }
:host(stagewijzer-panel) { display: block !important; position: fixed !important; top: 12px !important; right: 12px !important;
  bottom: 12px !important; width: min(380px, calc(100vw - 24px)) !important; z-index: 2147483647 !important; margin: 0 !important; }
* { box-sizing: border-box; }
.sw { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; }
.badge { display: inline-flex; align-items: center; gap: 6px; padding: 4px 10px; border-radius: 999px;
  border: 1px solid #1d4ed8; background: #eff6ff; color: #1e3a8a; font: 600 13px/1.3 system-ui, sans-serif;
  cursor: pointer; box-shadow: 0 1px 3px rgba(0,0,0,.2); white-space: nowrap; }
.badge:hover, .badge:focus-visible { background: #dbeafe; outline: 2px solid #1d4ed8; outline-offset: 1px; }
.panel { position: fixed; top: 12px; right: 12px; bottom: 12px; width: min(380px, calc(100vw - 24px));
  background: #fff; border: 1px solid #d0d7de; border-radius: 10px; box-shadow: 0 8px 24px rgba(0,0,0,.18);
  display: flex; flex-direction: column; overflow: hidden; z-index: 2147483647; }
.panel.inline { position: static; width: auto; height: 100%; box-shadow: none; border-radius: 0; border: 0; }
header { display: flex; align-items: flex-start; gap: 8px; padding: 12px 14px; border-bottom: 1px solid #d0d7de; background: #f6f8fa; }
header h2 { font-size: 15px; margin: 0; }
header .kind { font-size: 13px; color: #57606a; margin: 2px 0 0; }
header button { margin-left: auto; border: 1px solid #d0d7de; background: #fff; border-radius: 6px; padding: 2px 8px; cursor: pointer; font: inherit; }
.summary { padding: 8px 14px; font-size: 13px; color: #57606a; border-bottom: 1px solid #eaeef2; }
.body { overflow: auto; padding: 6px 0 12px; flex: 1; }
ul { list-style: none; margin: 0; padding: 0; }
li.req { border-bottom: 1px solid #eaeef2; }
li.req > button { display: block; width: 100%; text-align: left; background: none; border: 0; padding: 10px 14px; cursor: pointer; font: inherit; color: inherit; }
li.req > button:hover, li.req > button:focus-visible { background: #f6f8fa; outline: none; }
li.req.active > button { background: #fff8c5; }
.status { display: inline-flex; align-items: center; gap: 4px; font-weight: 600; font-size: 12px; padding: 1px 8px; border-radius: 999px; border: 1px solid; }
.status.present { color: #116329; border-color: #4ac26b; background: #dafbe1; }
.status.missing { color: #82071e; border-color: #ff8182; background: #ffebe9; }
.status.unclear { color: #7d4e00; border-color: #d4a72c; background: #fff8c5; }
.status.violated { color: #fff; border-color: #82071e; background: #a40e26; }
.label { display: block; font-weight: 600; margin-top: 4px; }
.law { display: block; font-size: 12px; color: #57606a; }
.hint, .where, .quote, .note { display: block; font-size: 13px; margin-top: 4px; }
.quote { border-left: 3px solid #d0d7de; padding-left: 8px; color: #424a53; font-style: italic; }
.where { color: #424a53; }
h3 { font-size: 13px; margin: 14px 14px 6px; text-transform: uppercase; letter-spacing: .03em; color: #57606a; }
li.rec { padding: 6px 14px; font-size: 13px; }
li.rec small { display: block; color: #57606a; }
footer { padding: 8px 14px; font-size: 12px; color: #57606a; border-top: 1px solid #eaeef2; background: #f6f8fa; }
`;
