/**
 * What every feature slice's views use: the viewer of a request, i18n text, Soy rendering and page resources. The
 * REST resources and views themselves live in their slice ({@code io.debrief.plugin.incident}, ...), the REST
 * plumbing in {@code io.debrief.plugin.rest}.
 *
 * <p>Conventions every resource and view follows:
 * <ul>
 *   <li>REST resources live in their feature slice (Jira scans the whole bundle for {@code @Path}), get a
 *       {@link io.debrief.plugin.web.ViewerProvider} and core use cases by constructor {@code @jakarta.inject.Inject},
 *       pass {@code viewers.current()} to core and let core refuse; they never catch core's exceptions. The mappers
 *       in {@code io.debrief.plugin.rest.error} turn them into {@code {"message", "errors"}} bodies with localized text.</li>
 *   <li>Every resource class or method carries one {@code com.atlassian.annotations.security} access annotation
 *       (checked by RestAccessPolicyTest).</li>
 *   <li>DTOs are records with {@code @JsonProperty}; instants and enums are Strings written by
 *       {@link io.debrief.plugin.rest.json.JsonOutput} and read by {@link io.debrief.plugin.rest.json.JsonInput},
 *       so no Jackson date module is needed anywhere.</li>
 *   <li>Text: {@link io.debrief.plugin.web.i18n.Messages} in Java, {@code {getText('debrief.x')}} in Soy,
 *       {@code AJS.I18n.getText('debrief.x')} in JS, always with literal keys; bundles {@code i18n/debrief*.properties}.</li>
 * </ul>
 */
package io.debrief.plugin.web;
