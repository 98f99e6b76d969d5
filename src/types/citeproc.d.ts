/** The parts of citeproc-js the site's code touches; the package ships no type declarations. */
declare module 'citeproc' {
  /** A node of a parsed style: its name, attributes and children (text or nodes). */
  export interface XmlNode {
    name: string;
    attrs: Record<string, unknown>;
    children: (XmlNode | string)[];
  }
  const CSL: {
    /** Parses a style or locale's XML into the nodes an engine reads. */
    parseXml(xml: string): XmlNode;
  };
  export default CSL;
}
