El Comité provincial del Frente de la Patria de Binh Dinh celebra una conferencia sobre la supervisión de la recepción de ciudadanos y la resolución de quejas y denuncias.
El 21 de septiembre de 2023, en la ciudad de Quy Nhon, el Comité provincial del Frente de la Patria celebró la conferencia de balance de la supervisión de los nueve primeros meses del año.
Presidió la conferencia el camarada Ho Van Nhan, presidente del Comité provincial del Frente de la Patria.
Asistieron representantes de la Delegación de diputados de la Asamblea Nacional de la provincia, del Consejo Popular provincial, del Comité Popular provincial y de la Inspección provincial.
En los nueve primeros meses, los organismos de la provincia recibieron a 4.852 ciudadanos en 3.127 sesiones de recepción.
Recibieron 2.960 escritos, entre ellos 1.845 quejas, 312 denuncias y 803 peticiones y sugerencias.
Las autoridades de todos los niveles resolvieron 1.702 quejas y denuncias, el 92,3 % de las que eran de su competencia.
El Frente de todos los niveles organizó 146 sesiones de supervisión temática, centradas en la compensación, apoyo y reasentamiento y en el despeje de terrenos.
Muchas quejas se refieren a la tierra, al reasentamiento y al régimen y políticas de las personas con méritos revolucionarios.
La Junta de Inspección Popular de las comunas y barrios supervisó 418 casos y formuló 97 peticiones.
La Junta de Supervisión Comunitaria de Inversiones supervisó 265 obras, de las cuales 41 presentaban deficiencias.
Los comités del Partido y las autoridades han escuchado las opiniones, peticiones y recomendaciones de los votantes.
Los diputados de la Asamblea Nacional y del Consejo Popular celebraron 38 encuentros con los votantes de la provincia.
El Frente recogió además 1.236 opiniones y aspiraciones legítimas de los votantes y las trasladó a la sesión del Consejo Popular provincial.
La conferencia constató que la recepción de ciudadanos en la sede del Comité Popular provincial se lleva a cabo periódicamente, el día 15 de cada mes.
El presidente del Comité Popular provincial recibió directamente a los ciudadanos en 11 sesiones y mantuvo el diálogo con el pueblo en 4 casos complejos.
Sin embargo, algunas quejas se resolvieron con retraso y algunos casos se prolongaron durante años, lo que generó focos de tensión.
En algunas localidades, los cuadros y funcionarios encargados de la recepción de ciudadanos carecen aún de conocimientos jurídicos.
Algunas quejas y denuncias se enviaron a varios niveles de forma reiterada, aunque ya habían sido resueltas conforme a la ley.
El camarada Ho Van Nhan pidió al Frente de todos los niveles que reforzara la supervisión y crítica social.
Hay que proteger los derechos e intereses legítimos y legales del pueblo y atender a tiempo sus aspiraciones legítimas.
Los comités del Partido deben dirigir la resolución de quejas y denuncias desde las bases, sin dejar que se conviertan en focos de tensión.
También hay que reforzar el papel de las personas de prestigio y de los dignatarios religiosos en las zonas residenciales.
Los cuadros que reciben a los ciudadanos deben tener una actitud de servicio y estar cerca del pueblo, cerca de las bases.
En el cuarto trimestre, el Frente provincial supervisará la resolución de las quejas pendientes desde los años noventa en 3 distritos y en la ciudad de Quy Nhon.
En la conferencia, el Comité provincial del Frente de la Patria otorgó elogio y recompensa a 25 colectivos y 40 individuos destacados.
Asimismo, se firmó el programa de coordinación entre el Frente y la Inspección provincial para el periodo 2023-2025.
El programa prevé el intercambio de información sobre las quejas, denuncias, peticiones y sugerencias de los ciudadanos cada tres meses.
Las reuniones se celebrarán a las 8:00 del primer lunes de cada trimestre en la sede del Comité provincial del Frente de la Patria.
La conferencia concluyó con el compromiso de que el pueblo sabe, el pueblo discute, el pueblo hace, el pueblo supervisa.
