import { startTestFederation } from './test/support/test-federation';
import { ensureDashboardBuilt } from './scripts/dashboard-build';
void (async () => {
  ensureDashboardBuilt(console.log);
  const f = await startTestFederation();
  console.log('GATEWAY', f.gatewayUrl);
  require('fs').writeFileSync('/tmp/dev-gateway-url', f.gatewayUrl);
  process.on('SIGTERM', () => void f.stop().then(() => process.exit(0)));
})();
