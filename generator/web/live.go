package web

// LivePrefix is the top-level URL folder of serve's live-reload endpoints.
// Built sites keep it free, so that no page of theirs is hidden behind them.
const LivePrefix = "_secdoc"
