/**
 * The block editor side of the osallisuus blocks, in plain JavaScript (no build step): one block
 * per component, described by window.osallisuusEditor (generated from custom-elements.json and
 * passed by includes/blocks.php). Each block saves only its attributes; the preview is the tag
 * rendered by the server (ServerSideRender), upgraded by the component script; the settings are
 * in the sidebar.
 */
(function (wp, data) {
  'use strict';
  if (!wp || !data) return;
  var el = wp.element.createElement;
  var Fragment = wp.element.Fragment;
  var __ = wp.i18n.__;
  var InspectorControls = wp.blockEditor.InspectorControls;
  var useBlockProps = wp.blockEditor.useBlockProps;
  var PanelBody = wp.components.PanelBody;
  var TextControl = wp.components.TextControl;
  var TextareaControl = wp.components.TextareaControl;
  var SelectControl = wp.components.SelectControl;
  var ToggleControl = wp.components.ToggleControl;
  // WordPress 6.9 and later also name the component; before, the global is the component.
  var ServerSideRender = (wp.serverSideRender && wp.serverSideRender.ServerSideRender) || wp.serverSideRender;

  /**
   * Loads a component script as a module into the document that shows a block, once. The editor
   * may show the content in an iframe, a document of its own, where the scripts of the editor's
   * page do not run. Loading it where it was loaded already does nothing: a document runs a
   * module once, however often it is asked for.
   */
  function loadInto(doc, src) {
    if (!doc || !src) return;
    // The iframe has no language of its own (WordPress 6.1): the preview then speaks the editor's
    // language there too, as it does in the editor's own page, and screen readers know it.
    if (doc !== document && !doc.documentElement.lang && document.documentElement.lang) doc.documentElement.lang = document.documentElement.lang;
    var scripts = doc.querySelectorAll('script[type="module"]');
    for (var i = 0; i < scripts.length; i++) if (scripts[i].src === src) return;
    var script = doc.createElement('script');
    script.type = 'module';
    script.src = src;
    doc.head.appendChild(script);
  }

  /** Why a JSON setting cannot be used, or '' when it is fine (the component checks its contents). */
  function jsonProblem(text) {
    if (!text || !text.trim()) return '';
    try {
      JSON.parse(text);
      return '';
    } catch (e) {
      return __('This is not valid JSON, so the component will not use it.', 'osallisuus') + ' (' + e.message + ')';
    }
  }

  /** The sidebar control for one attribute. */
  function control(attribute, value, set) {
    // The controls' newer look, the default from WordPress 7.0 (no bottom margin) and 7.1 (40 px
    // high): without it WordPress 6.7 to 7.0 warn in the console that the old look is deprecated. The block sidebar
    // spaces its controls itself. Older versions read __nextHasNoMarginBottom too; the 40 px size
    // they do not know reaches the input, where React drops it.
    var common = { key: attribute.property, label: attribute.label, help: attribute.help, __nextHasNoMarginBottom: true };
    var sized = { __next40pxDefaultSize: true };
    var fallback = attribute['default'];
    switch (attribute.kind) {
      case 'boolean':
        return el(ToggleControl, Object.assign(common, { checked: !!value, onChange: function (v) { set(v); } }));
      case 'number':
        return el(TextControl, Object.assign(common, sized, {
          type: 'number',
          value: value === undefined || value === null ? '' : String(value),
          placeholder: fallback === undefined ? '' : String(fallback),
          onChange: function (v) { set(v === '' ? undefined : Number(v)); },
        }));
      case 'json': {
        var problem = jsonProblem(value);
        return el(TextareaControl, Object.assign(common, {
          value: value || '',
          rows: 6,
          className: 'osallisuus-json' + (problem ? ' has-error' : ''),
          help: problem ? problem + ' ' + attribute.help : attribute.help,
          onChange: function (v) { set(v); },
        }));
      }
      default:
        if (attribute.options) {
          return el(SelectControl, Object.assign(common, sized, {
            value: value === undefined ? fallback || '' : value,
            options: (fallback === undefined ? [{ label: __('(not set)', 'osallisuus'), value: '' }] : []).concat(
              attribute.options.map(function (o) { return { label: o, value: o }; }),
            ),
            onChange: function (v) { set(v === '' ? undefined : v); },
          }));
        }
        return el(TextControl, Object.assign(common, sized, {
          type: /Url$/.test(attribute.property) ? 'url' : 'text',
          value: value || '',
          placeholder: fallback || '',
          onChange: function (v) { set(v); },
        }));
    }
  }

  data.components.forEach(function (component) {
    var attributes = {};
    component.attributes.forEach(function (a) {
      var type = { json: 'string', string: 'string', boolean: 'boolean', number: 'number' }[a.kind];
      attributes[a.property] = a['default'] === undefined ? { type: type } : { type: type, 'default': a['default'] };
    });
    wp.blocks.registerBlockType(component.block, {
      // 3: the block works in the editor's iframe (its script is loaded there, see loadInto).
      apiVersion: 3,
      title: component.title + ' (osallisuus)',
      description: component.description,
      category: 'widgets',
      icon: 'groups',
      attributes: attributes,
      supports: { html: false },
      edit: function (props) {
        var ref = wp.element.useRef();
        var blockProps = useBlockProps({ ref: ref });
        // Once per mount: a block shown in another document (the iframe) is a new mount.
        wp.element.useEffect(function () {
          loadInto(ref.current && ref.current.ownerDocument, component.script);
        }, []);
        var controls = component.attributes.map(function (a) {
          return control(a, props.attributes[a.property], function (v) {
            var change = {};
            change[a.property] = v;
            props.setAttributes(change);
          });
        });
        return el(Fragment, null,
          el(InspectorControls, null, el(PanelBody, { title: __('Settings', 'osallisuus'), initialOpen: true }, controls)),
          // The preview is not a form to fill in here: Disabled makes it inert. POST, not GET: the
          // JSON settings (a board's items) would make the address too long for many servers.
          el('div', blockProps, el(wp.components.Disabled, null, el(ServerSideRender, { block: component.block, attributes: props.attributes, httpMethod: 'POST' }))));
      },
      save: function () { return null; },
    });
  });
})(window.wp, window.osallisuusEditor);
