import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureHiveGateway, hiveBin } from './hive';
import { precompile } from './precompile';

/** One gateway the standard benchmark compares, and how to start it. */
export interface Peer {
  id: string;
  /** Whether identical requests in flight together share one execution. */
  sharing: boolean;
  label: string;
  command(port: number, dir: string): Promise<{ command: string; args: string[]; cwd?: string; env?: Record<string, string> }>;
}

/**
 * The gateways of the standard benchmark, in the order they are measured in every round: ours as
 * deployed, ours without in-flight sharing (with our executor and with Apollo's), the plain Apollo baseline, and Hive Gateway with and
 * without its in-flight de-duplication (when it can be installed).
 */
export async function standardPeers(supergraphFile: string, log: (line: string) => void): Promise<{ peers: Peer[]; hiveNote: string }> {
  const ours = await precompile('test/bench/gateways/ours.ts');
  const baseline = await precompile('test/bench/gateways/apollo-baseline.ts');
  const peers: Peer[] = [
    {
      id: 'ours',
      sharing: true,
      label: 'our gateway (startFederationServer, as deployed)',
      command: async () => ({ command: process.execPath, args: [ours] }),
    },
    {
      id: 'ours-no-sharing',
      sharing: false,
      label: 'our gateway, in-flight sharing off',
      command: async () => ({ command: process.execPath, args: [ours], env: { SHARE_IN_FLIGHT: 'false' } }),
    },
    {
      // The same with Apollo Gateway's own query plan executor and result shaping (the switch's other
      // side): what our executor gains, measured in the same rounds.
      id: 'ours-apollo-execution',
      sharing: false,
      label: "our gateway, in-flight sharing off, Apollo's executor (GATEWAY_PLAN_EXECUTION=apollo)",
      command: async () => ({ command: process.execPath, args: [ours], env: { SHARE_IN_FLIGHT: 'false', GATEWAY_PLAN_EXECUTION: 'apollo' } }),
    },
    {
      id: 'apollo',
      sharing: false,
      label: '@apollo/gateway + @apollo/server (baseline)',
      command: async () => ({ command: process.execPath, args: [baseline] }),
    },
  ];
  const hive = ensureHiveGateway(log);
  if (!hive.ok) {
    log(`Hive Gateway not measured: ${hive.reason}`);
    return { peers, hiveNote: `Hive Gateway not measured: ${hive.reason}` };
  }
  const hivePeer = (id: string, label: string, dedupe: boolean): Peer => ({
    id,
    sharing: dedupe,
    label,
    async command(port, runDir) {
      // The standard benchmark's Hive configuration: JIT, and (its gateway.config.ts) inbound
      // in-flight request de-duplication, which answers identical concurrent requests once.
      writeFileSync(join(runDir, 'gateway.config.mjs'), `export const gatewayConfig = { jit: true, inboundInflightRequestDeduplication: ${dedupe} };\n`);
      const args = [hiveBin, 'supergraph', supergraphFile, '--port', String(port), '--host', '127.0.0.1', '--jit', '-c', join(runDir, 'gateway.config.mjs')];
      return { command: process.execPath, args, cwd: runDir, env: { NODE_ENV: 'production' } };
    },
  });
  peers.push(hivePeer('hive', `Hive Gateway ${hive.version} (standard config: jit + in-flight dedupe)`, true));
  peers.push(hivePeer('hive-nodedupe', `Hive Gateway ${hive.version} (jit, no dedupe)`, false));
  return { peers, hiveNote: `Hive Gateway ${hive.version} runs on this Node (${process.version}).` };
}
