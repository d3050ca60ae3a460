import type { ZipPackage } from './read-zip.js';
import { attr, walkXml } from './xml-walk.js';

const CORE_FIELDS: Record<string, string> = {
  'dc:title': 'title',
  'dc:subject': 'subject',
  'cp:keywords': 'keywords',
  'cp:category': 'category',
  'dc:description': 'description',
  'cp:contentStatus': 'status',
};

const MSIP_NAME = /^MSIP_Label_[0-9a-f-]+_Name$/i;

/**
 * Document properties that can carry a class or a title (2-2(2) allows the class in the file's
 * properties), and sensitivity labels from Purview's custom properties. Author names are skipped.
 */
export function readOfficeProperties(zip: ZipPackage): { properties: Record<string, string>; labels: string[] } {
  const properties: Record<string, string> = {};
  const labels: string[] = [];
  const core = zip.text('docProps/core.xml');
  if (core) {
    let field: string | undefined;
    walkXml(core, {
      open: (name, _attrs, selfClosing) => {
        field = selfClosing ? undefined : CORE_FIELDS[name];
      },
      close: () => {
        field = undefined;
      },
      text: (text) => {
        if (field && text.trim()) properties[field] = (properties[field] ?? '') + text.trim();
      },
    });
  }
  const custom = zip.text('docProps/custom.xml');
  if (custom) {
    let property: string | undefined;
    walkXml(custom, {
      open: (name, attrs) => {
        if (name === 'property') property = attr('name', attrs);
      },
      close: (name) => {
        if (name === 'property') property = undefined;
      },
      text: (text) => {
        if (!property || !text.trim()) return;
        if (MSIP_NAME.test(property)) labels.push(text.trim());
        else if (!/^MSIP_/i.test(property)) properties[`custom:${property}`] = text.trim().slice(0, 500);
      },
    });
  }
  return { properties, labels };
}
