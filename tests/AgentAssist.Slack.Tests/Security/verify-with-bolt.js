// Runs Slack's own request verification (@slack/bolt) over cases read as JSON from stdin:
// [{name, signingSecret, timestamp, signature, body, nowMs}] -> [{name, valid, error}] on stdout.
// The timestamp header goes through Number() first, as Bolt's HTTPModuleFunctions.parseAndVerifyHTTPRequest does.
const { verifySlackRequest } = require('@slack/bolt');

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', chunk => { input += chunk; });
process.stdin.on('end', () => {
  const results = JSON.parse(input).map(c => {
    try {
      verifySlackRequest({
        signingSecret: c.signingSecret,
        body: c.body,
        headers: { 'x-slack-request-timestamp': Number(c.timestamp), 'x-slack-signature': c.signature },
        nowMilliseconds: c.nowMs,
      });
      return { name: c.name, valid: true, error: null };
    } catch (e) {
      return { name: c.name, valid: false, error: String(e.message) };
    }
  });
  process.stdout.write(JSON.stringify(results));
});
