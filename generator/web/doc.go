// Package web holds what the pages and the servers that carry them must agree
// on: the Content-Security-Policy and the URL folder that serve keeps for its
// live-reload endpoints. It imports nothing of secdoc, so every stage can.
//
// Trust model: the policy is the browser's second line of defence against
// content that escaping missed. Pages declare it and servers send it, so a
// change here loosens or tightens every page and every server at once, and
// nothing else may spell it.
package web
