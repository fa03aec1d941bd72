import { readFileSync } from 'node:fs';

/** An npm package a compiled file requires: its name, the path required (absolute, or a built-in's name), its folder. */
export interface RequiredPackage {
  name: string;
  path: string;
  /** The package's folder in node_modules (undefined for a built-in). */
  folder?: string;
}

/**
 * The externals a file made by compileEntry requires, each with its package's name (`@apollo/gateway`,
 * `lru-cache`; a built-in's own name). compileEntry writes them as absolute paths into node_modules, so
 * tests that ask which packages a bundle loads read the name from the path's last node_modules folder.
 */
export function requiredPackages(bundleFile: string): RequiredPackage[] {
  return [...readFileSync(bundleFile, 'utf8').matchAll(/require\("([^"]+)"\)/g)].map(([, path]) => {
    const inModules = path.lastIndexOf('/node_modules/');
    if (inModules === -1) return { name: path, path };
    const [first, second] = path.slice(inModules + '/node_modules/'.length).split('/');
    const name = first.startsWith('@') ? `${first}/${second}` : first;
    return { name, path, folder: path.slice(0, inModules + '/node_modules/'.length + name.length) };
  });
}
