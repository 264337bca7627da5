/**
 * What every slice's REST resource shares: the error body and exception mappers ({@code rest.error}), JSON input and
 * output, the body limit and the XSRF rule ({@code rest.json}), query parameters and the providers a host registers.
 */
package io.debrief.plugin.rest;
