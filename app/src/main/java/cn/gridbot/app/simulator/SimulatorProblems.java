package cn.gridbot.app.simulator;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem details for the simulator's API (bad JSON, invalid fields, a refused portal
 * request), which the page shows as WeChat shows a failing account. The admin API's own handler is
 * limited to its package, and Spring Boot's default one backs off while that handler exists.
 */
@RestControllerAdvice(basePackageClasses = SimulatorProblems.class)
@SimulatorEnabled
class SimulatorProblems extends ResponseEntityExceptionHandler {

    /** Names the first bad field, so the page can say what to fix. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getBindingResult().getFieldErrors()
                .stream().findFirst().map(f -> f.getField() + " " + f.getDefaultMessage()).orElse("invalid request"));
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }
}
