// Lets nhsuk-frontend style components for JavaScript before they are initialised (CSP forbids inline scripts).
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' nhsuk-frontend-supported' : '');
