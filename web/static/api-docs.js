// Swagger UI from the vendored bundle; no validator or other network look-ups.
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", validatorUrl: null,
    deepLinking: true, presets: [SwaggerUIBundle.presets.apis] });
});
